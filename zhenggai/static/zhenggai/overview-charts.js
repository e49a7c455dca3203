/* 巡察整改总览: lights by unit and problems by category, from the page's JSON (json_script).
   The names beside the bars get a fixed room (less on a narrow screen), truncated with an ellipsis inside it;
   the tooltip shows the whole name. A name wider than its room used to lose its first character at the
   chart's left edge. */
(function () {
  'use strict';
  var COLORS = {red: '#d93025', yellow: '#f2a600', green: '#1e8e3e', blue: '#1a73e8', grey: '#9aa0a6'};
  var LABELS = {red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯', grey: '已销号'};

  function nameAxis(el, names, wanted) {
    var width = Math.max(64, Math.min(wanted, Math.floor(el.clientWidth * 0.42)));
    return {
      grid: {left: width + 18, right: 16, bottom: 24, top: 32, containLabel: false},
      yAxis: {type: 'category', data: names, inverse: true,
              axisLabel: {width: width, overflow: 'truncate', ellipsis: '…', margin: 8}}
    };
  }

  function draw() {
    var unitsEl = document.getElementById('chart-units');
    var catsEl = document.getElementById('chart-cats');
    if (!window.echarts || !unitsEl || !catsEl) return [];
    var u = JSON.parse(document.getElementById('unit-data').textContent);
    var c = JSON.parse(document.getElementById('cat-data').textContent);
    var listUrl = unitsEl.dataset.problemList;

    var units = echarts.init(unitsEl);
    var ua = nameAxis(unitsEl, u.names, 150);
    units.setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: ua.grid,
      xAxis: {type: 'value', minInterval: 1}, yAxis: ua.yAxis,
      series: ['red', 'yellow', 'green', 'blue', 'grey'].map(function (k) {
        return {name: LABELS[k], type: 'bar', stack: 'all', data: u[k], itemStyle: {color: COLORS[k]}};
      })});
    units.on('click', function (p) { var id = u.ids[p.dataIndex]; if (id && listUrl) location.href = listUrl + '?unit=' + id; });

    var cats = echarts.init(catsEl);
    var ca = nameAxis(catsEl, c.map(function (x) { return x.name; }), 180);
    cats.setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: ca.grid,
      xAxis: {type: 'value', minInterval: 1}, yAxis: ca.yAxis,
      series: [{name: '已完成', type: 'bar', stack: 'p', data: c.map(function (x) { return x.done; }), itemStyle: {color: COLORS.green}},
               {name: '正在推进', type: 'bar', stack: 'p', data: c.map(function (x) { return x.problems - x.done; }), itemStyle: {color: COLORS.yellow}}]});
    return [units, cats];
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = draw();
    var resizing, lastWidth = window.innerWidth;
    // A new width changes the room the names get: draw again, once it settles. Only a new width: a phone's
    // address bar showing or hiding changes the height on every scroll.
    window.addEventListener('resize', function () {
      if (window.innerWidth === lastWidth) return;
      lastWidth = window.innerWidth;
      clearTimeout(resizing);
      resizing = setTimeout(function () { charts.forEach(function (ch) { ch.dispose(); }); charts = draw(); }, 150);
    });
  });
})();
