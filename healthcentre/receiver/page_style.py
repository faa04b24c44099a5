"""The look every page of the county receiver shares: one stylesheet, readable on a projector and a laptop."""

STYLE = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#1d2b36;margin:0;background:#fff}
header{background:#005b8f;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:26px} header p{margin:4px 0 0;font-size:15px;opacity:.9}
main{padding:8px 32px 32px;max-width:1200px}
h2{color:#005b8f;font-size:19px;margin:28px 0 8px}
form{margin:16px 0} input{font-size:14px;padding:3px 6px;width:8em} button{font-size:14px;padding:3px 10px}
table{border-collapse:collapse;font-size:13px;margin-bottom:6px}
th{background:#e3eef5;text-align:right;padding:5px 8px;border-bottom:2px solid #005b8f;vertical-align:bottom}
th:first-child,td:first-child{text-align:left;white-space:nowrap}
td{padding:3px 8px;text-align:right;border-bottom:1px solid #e6ebee;font-variant-numeric:tabular-nums}
tr:nth-child(even) td{background:#f5f8fa} tr.total td{font-weight:bold;border-top:1.5px solid #1d2b36}
.bar{display:inline-block;height:12px;background:#005b8f;vertical-align:middle}
.note{color:#5f6b73;font-size:12.5px} .facts{font-size:14px}
header{position:relative} .account{position:absolute;z-index:1;top:14px;right:32px;text-align:right;font-size:14px} .account form{margin:6px 0 0} .account a{color:#fff}
.account button{font-size:14px;padding:5px 12px;background:#fff;color:#005b8f;border:0;border-radius:3px;cursor:pointer}
.account button:focus{outline:3px solid #f0a30a;outline-offset:1px}
"""
