"""blind35 (label48) - work in progress. Urls taken so far:
https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/dcdd/202105/t20210531_68341612.html
"""
http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html
