/* 挂图作战: draws the charts from the #bm-data JSON; a click on a bar filters the list below (htmx). */
(function () {
  'use strict';
  var COLORS = {red: '#d93025', yellow: '#f2a600', green: '#1e8e3e', blue: '#1a73e8', grey: '#9aa0a6'};
  var LABELS = {red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯', grey: '已销号'};
  var LIGHTS = ['red', 'yellow', 'green', 'blue', 'grey'];
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var instances = [];

  function clip(list, n) { return n ? list.slice(0, n) : list; }

  function base(opts) {
    var fs = opts.screen ? 15 : 12;
    return {
      animation: !opts.static,
      backgroundColor: 'transparent',
      textStyle: {fontFamily: FONT, fontSize: fs},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0, textStyle: {fontSize: fs}},
      grid: {left: 8, right: 24, bottom: 8, top: 36, containLabel: true}
    };
  }

  /* A horizontal bar chart's names: at most `wanted` px (less on a narrow chart), truncated with an ellipsis
     (the tooltip shows the whole name), and exactly that much room kept left of the axis. Measuring the
     labels with containLabel clipped their first character when the truncated text came out wider than
     measured (ECharts 5), so the room is reserved instead. */
  function nameAxis(o, opts, names, wanted, chartWidth) {
    var width = Math.max(64, Math.min(wanted, Math.floor((chartWidth || 600) * 0.42)));
    o.grid.containLabel = false;
    o.grid.left = width + 18;
    o.grid.bottom = 28;
    return {type: 'category', inverse: true, data: names,
            axisLabel: {width: width, overflow: 'truncate', ellipsis: '…', margin: 8, fontSize: opts.screen ? 15 : 12}};
  }

  function empty(option, text) {
    option.graphic = {type: 'text', left: 'center', top: 'middle', style: {text: text, fontSize: 16, fill: '#888'}};
    return option;
  }

  function lightsOption(d, opts, labelWidth, chartWidth) {
    var n = opts.screen ? 10 : 0;
    var o = base(opts);
    o.xAxis = {type: 'value', minInterval: 1};
    o.yAxis = nameAxis(o, opts, clip(d.names, n), labelWidth, chartWidth);
    o.series = LIGHTS.map(function (k) {
      return {id: k, name: LABELS[k], type: 'bar', stack: 'all', data: clip(d[k], n), itemStyle: {color: COLORS[k]},
              barMaxWidth: 28};
    });
    return d.names.length ? o : empty(o, '暂无整改措施');
  }

  var BUILD = {
    units: function (d, opts, w) { return lightsOption(d, opts, opts.screen ? 210 : 170, w); },
    inspections: function (d, opts, w) { return lightsOption(d, opts, opts.screen ? 320 : 220, w); },
    categories: function (d, opts, w) {
      var o = base(opts);
      o.xAxis = {type: 'value', minInterval: 1};
      o.yAxis = nameAxis(o, opts, d.names, opts.screen ? 220 : 190, w);
      o.series = [
        {id: 'done', name: '已完成', type: 'bar', stack: 'p', data: d.done, itemStyle: {color: COLORS.green}, barMaxWidth: 28},
        {id: 'open', name: '未完成', type: 'bar', stack: 'p', data: d.open, itemStyle: {color: COLORS.yellow}, barMaxWidth: 28}
      ];
      return d.names.length ? o : empty(o, '暂无问题');
    },
    weekly: function (d, opts) {
      var o = base(opts);
      o.xAxis = {type: 'category', data: d.labels, axisLabel: {hideOverlap: true}};
      o.tooltip.formatter = function (ps) {
        var i = ps[0].dataIndex;
        return d.titles[i] + '<br>当周销号 ' + d.counts[i] + ' 条<br>累计销号 ' + d.cumulative[i] + ' 条';
      };
      o.yAxis = [{type: 'value', name: '当周', minInterval: 1}, {type: 'value', name: '累计', minInterval: 1, splitLine: {show: false}}];
      o.series = [
        {name: '当周销号', type: 'bar', data: d.counts, itemStyle: {color: COLORS.blue}, barMaxWidth: 36},
        {name: '累计销号', type: 'line', yAxisIndex: 1, data: d.cumulative, itemStyle: {color: COLORS.green}, symbolSize: 6}
      ];
      return d.labels.length ? o : empty(o, '暂无销号记录');
    },
    lag: function (d, opts, w) {
      var n = opts.screen ? 10 : 0;
      var o = base(opts);
      o.grid.top = 60;  // the legend, then the upper axis's numbers
      o.xAxis = [{type: 'value', minInterval: 1, position: 'bottom'},
                 {type: 'value', position: 'top', splitLine: {show: false}}];
      o.yAxis = nameAxis(o, opts, clip(d.names, n), opts.screen ? 210 : 170, w);
      o.legend.top = 0;
      o.series = [
        {id: 'behind', name: '未达序时措施（条，下轴）', type: 'bar', data: clip(d.behind, n), itemStyle: {color: COLORS.red}, barMaxWidth: 22},
        {id: 'gap', name: '平均落后序时（百分点，上轴）', type: 'bar', xAxisIndex: 1, data: clip(d.gap, n), itemStyle: {color: '#b57edc'}, barMaxWidth: 22}
      ];
      return d.names.length ? o : empty(o, '各单位均达到序时进度');
    }
  };

  function filterList(board, params) {
    var url = board.dataset.measuresUrl;
    var list = document.getElementById('bm-list');
    if (!url || !list || !window.htmx) return;
    htmx.ajax('GET', url + '?' + new URLSearchParams(params).toString(), {target: '#bm-list', swap: 'innerHTML'})
      .then(function () { list.scrollIntoView({behavior: 'smooth', block: 'start'}); });
  }

  function onClick(kind, d, board) {
    return function (p) {
      if (kind === 'inspections') { if (d.links && d.links[p.dataIndex]) location.href = d.links[p.dataIndex]; return; }
      if (kind === 'units') {
        if (!board.dataset.measuresUrl) return;
        filterList(board, {unit: d.ids[p.dataIndex], light: p.seriesId});
      } else if (kind === 'categories') {
        filterList(board, {category: d.ids[p.dataIndex], status: p.seriesId === 'done' ? 'done' : 'open'});
      } else if (kind === 'lag') {
        filterList(board, {unit: d.ids[p.dataIndex], behind: '1'});
      }
    };
  }

  function draw() {
    var board = document.getElementById('bm-board');
    var source = document.getElementById('bm-data');
    if (!board || !source || !window.echarts) return;
    instances.forEach(function (c) { c.dispose(); });
    instances = [];
    var all = JSON.parse(source.textContent);
    var opts = {static: board.dataset.static === '1', screen: board.dataset.screen === '1'};
    board.querySelectorAll('.bm-chart').forEach(function (el) {
      var kind = el.dataset.kind;
      var d = all[kind];
      if (!d || !BUILD[kind]) return;
      if (kind === 'inspections') d = Object.assign({links: all.links}, d);
      if (!opts.screen && (kind === 'units' || kind === 'inspections' || kind === 'lag' || kind === 'categories')) {
        el.style.height = Math.max(340, 30 * d.names.length + 70) + 'px';
      }
      var chart = echarts.init(el, opts.screen ? 'dark' : null, {renderer: 'canvas'});
      chart.setOption(BUILD[kind](d, opts, el.clientWidth));
      if (!opts.screen) chart.on('click', onClick(kind, d, board));
      instances.push(chart);
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('click', function (e) {
    var reset = e.target.closest && e.target.closest('[data-bm-reset]');
    if (reset) { e.preventDefault(); location.reload(); }
  });
  document.addEventListener('htmx:afterSettle', function (e) {
    if (e.detail && e.detail.target && e.detail.target.id === 'bm-board') {
      draw();
      var stamp = document.getElementById('bm-updated');
      if (stamp) { var t = new Date(); stamp.textContent = ('0' + t.getHours()).slice(-2) + ':' + ('0' + t.getMinutes()).slice(-2); }
    }
  });
  // A new width (a phone turned on its side) changes the room the names get: draw again, once it settles.
  // Only a new width: a phone's address bar showing or hiding changes the height on every scroll.
  var resizing, lastWidth = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth === lastWidth) { instances.forEach(function (c) { c.resize(); }); return; }
    lastWidth = window.innerWidth;
    clearTimeout(resizing);
    resizing = setTimeout(draw, 150);
  });
})();
