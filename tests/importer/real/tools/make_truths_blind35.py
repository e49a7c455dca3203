"""blind35 (label48) - work in progress. Urls taken so far:
https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/dcdd/202105/t20210531_68341612.html
"""
http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html
# taken: http://sthjj.jingzhou.gov.cn/ztzl/zyhbdc/dcdt/202512/t20251212_1057347.shtml
# taken: https://www.jintan.gov.cn/html/czjt/2020/JFKIQAOB_1210/164684.html
# taken: http://www.lukou.gov.cn/c18458/20231115/i2127580.html
# taken: https://huanbao.in-en.com/html/huanbao-2397504.shtml
# taken: http://www.spocapp.com/xxgk/quanshan/2024/202410231404.html
# taken: https://city.dahe.cn/2025/01-20/1883157.html
# taken: http://ynjjjc.gov.cn/html/2022/xunshixuncha_0818/112560.html
# taken: http://www.www6ccc.com/html/2022/xunshixuncha_0719/111072.html
# taken: http://www.dvnusur.com.cn/jxw/250995/yqwl/2329073/index.html
# taken: https://vbdhwr157.cn/da-qi-zhi-li/646538.html
