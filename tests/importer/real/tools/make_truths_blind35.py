"""blind35 (label48) - work in progress. Urls taken so far:
https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/dcdd/202105/t20210531_68341612.html
"""
http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html
# taken: http://sthjj.jingzhou.gov.cn/ztzl/zyhbdc/dcdt/202512/t20251212_1057347.shtml
# taken: https://www.jintan.gov.cn/html/czjt/2020/JFKIQAOB_1210/164684.html
# taken: http://www.lukou.gov.cn/c18458/20231115/i2127580.html
# taken: https://huanbao.in-en.com/html/huanbao-2397504.shtml
