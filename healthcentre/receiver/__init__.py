"""The county receiver: a FastAPI service that takes the sites' anonymised submissions.

``store_tables`` defines the tables, ``storage`` opens the database and holds the statements on sites and
submissions (the ``*_store`` modules those on devices, cells, accounts and targets), ``auth`` the tokens and
enrolment codes, ``intake`` the one acceptance rule shared by HTTP and file
import, ``aggregate`` the county indicators, ``routes`` the endpoints,
``file_import`` transfer files, and ``app`` puts them together. The county's own
users: ``accounts`` (roles, passwords, TOTP, lock-out, sessions, audit; SQL in
``account_store``), ``web_session`` (cookie, access rules, CSRF), and the pages
``login_page``, ``site_page``, ``admin_page`` and ``api_docs``.
"""
