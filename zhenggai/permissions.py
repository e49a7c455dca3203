"""The one permission table: every named URL and who may use it.

`tests/security/test_url_permissions.py` walks every URL pattern and fails for any pattern not listed
here, so a new view cannot ship without a declared permission. The views enforce; this table declares
(and the test checks the two agree for anonymous visitors and outsiders).

Values: "public" (anyone), "login" (any signed-in user; objects further limited by scope → 404),
"api" (signed-in, answered as JSON: 401 when anonymous), or a tuple of roles / admin roles.
"account" is a signed-in user's own account pages (logout, password, second factor). An account that
holds an MLPS admin role reaches only "public", "account" and the entries that name its admin role
(zhenggai.accounts.duties enforces this): "login" and "api" mean business users only.
"""
from __future__ import annotations

OFFICE, LEADER, UNIT, OBSERVER = "office", "leader", "unit", "observer"
AUDIT_ADMIN = "admin_role:audit"
SYSTEM_ADMIN = "admin_role:system"
SECURITY_ADMIN = "admin_role:security"
PUBLIC, ACCOUNT = "public", "account"

PERMISSIONS: dict[str, str | tuple[str, ...]] = {
    # accounts
    "login": "public",
    "logout": ACCOUNT,
    "password_change": ACCOUNT,
    "two_factor": ACCOUNT,
    "two_factor_start": ACCOUNT,
    "two_factor_confirm": ACCOUNT,
    "two_factor_disable": ACCOUNT,
    "two_factor_verify": ACCOUNT,
    "unit_list": (OFFICE, SYSTEM_ADMIN),
    "unit_create": (OFFICE, SYSTEM_ADMIN),
    "unit_edit": (OFFICE, SYSTEM_ADMIN),
    "user_create": (OFFICE, SYSTEM_ADMIN),
    "user_edit": (OFFICE, SYSTEM_ADMIN),
    "security_overview": (SECURITY_ADMIN,),
    "security_unlock": (SECURITY_ADMIN,),
    "security_reset_two_factor": (SECURITY_ADMIN,),
    # operations: the load balancer's check (no login, no secrets) and the system admin's status page
    "healthz": "public",
    "ops:status": (SYSTEM_ADMIN,),
    # audit
    "audit:event_list": (AUDIT_ADMIN,),
    "audit:event_export": (AUDIT_ADMIN,),
    # importer
    "importer:upload": (OFFICE,),
    "importer:job": (OFFICE,),
    "importer:status": (OFFICE,),
    "importer:edit": (OFFICE,),
    "importer:confirm": (OFFICE,),
    "importer:cancel": (OFFICE,),
    "importer:acknowledge_duplicate": (OFFICE,),
    # battle map
    "battlemap:overview": "login",
    "battlemap:inspection": "login",
    "battlemap:measures": "login",
    # 整改质量 (quality signals): who decides sees them; dismissing is a decision
    "quality:inspection": (OFFICE, LEADER, OBSERVER),
    "quality:rescan": (OFFICE,),
    "quality:dismiss": (OFFICE, LEADER),
    # public portal (the feedback inbox is the office's)
    "portal:index": "public",
    "portal:inspection": "public",
    "portal:feedback": "public",
    "portal:bulletin": "public",
    "portal:petition_batch": "public",  # a published batch only; personal data masked (petitions.masking)
    "portal:petition_batch_export": "public",
    "portal:feedback_list": (OFFICE,),
    "portal:feedback_answer": (OFFICE,),
    # API
    # The schema and docs page map every endpoint: signed-in users only (an anonymous visitor is sent to login).
    "api:openapi-json": "login",
    "api:openapi-view": "login",
    "api:api-root": "api",
    "api:list_inspections": "api",
    "api:list_problems": "api",
    "api:report_progress": "api",
    "api:list_cases": "api",  # petition cases: the case list's scope (a unit lists its own cases)
    "api:case_detail": "api",
    # supervision (督办): ladder, 督办 records, 签收, 调度 rounds, 考核
    "supervision:ladder": (OFFICE, LEADER),  # leaders read it; saving is the office's
    "supervision:assignment_sync": (OFFICE,),
    "supervision:record_create": (OFFICE,),
    "supervision:record_list": "login",  # scoped: a unit sees the records it received
    "supervision:record_detail": "login",
    "supervision:record_docx": "login",
    "supervision:assignments": (OFFICE, UNIT),
    "supervision:assignment_acknowledge": (UNIT,),
    "supervision:assignment_reject": (UNIT,),
    "supervision:assignment_reassign": (OFFICE,),
    "supervision:round_list": (OFFICE, LEADER),
    "supervision:round_create": (OFFICE,),
    "supervision:round_detail": (OFFICE, LEADER),
    "supervision:round_close": (OFFICE,),
    "supervision:round_bulletin": (OFFICE, LEADER),
    "supervision:round_bulletin_docx": (OFFICE, LEADER),
    "supervision:ranking": (OFFICE, LEADER),
    "supervision:ranking_export": (OFFICE, LEADER),
    "supervision:weights": (OFFICE,),
    # reports
    # petition cases (信访件): within scope; each step's role comes from the state machine's petition rows
    "petitions:case_list": "login",
    "petitions:case_detail": "login",
    "petitions:case_act": "login",
    "petitions:case_unmask": (OFFICE,),
    "petitions:batch_detail": "login",
    "petitions:batch_publish": (OFFICE,),
    "petitions:batch_export": (OFFICE, LEADER, OBSERVER),
    "petitions:import": (OFFICE,),
    "petitions:import_detail": (OFFICE,),
    "petitions:import_decide": (OFFICE,),  # 确认导入 / 放弃 a preview
    "reports:bulletin": "login",
    "reports:bulletin_edit": (OFFICE,),
    "reports:bulletin_publish": (OFFICE,),
    "reports:bulletin_docx": "login",
    "reports:bulletin_pdf": "login",
    "reports:bulletin_pdf_status": "login",
    "reports:export": "login",
    # notifications: each user's own inbox and settings; the outbox shows no business content
    "notify:inbox": "login",
    "notify:open": "login",
    "notify:mark_read": "login",
    "notify:mark_all_read": "login",
    "notify:preferences": "login",
    "notify:reminder_settings": (OFFICE,),
    "notify:outbox": (SYSTEM_ADMIN,),
    "notify:outbox_retry": (SYSTEM_ADMIN,),
    # ledger
    "home": "login",
    "my_work": "login",  # lists the user's own unit's work; empty for other roles
    "review_queue": (OFFICE, LEADER),
    "search": "login",  # problems, measures and petition cases in every inspection of the user's scope
    "inspection_list": "login",
    "inspection_create": (OFFICE,),
    "inspection_detail": "login",
    "inspection_edit": (OFFICE,),
    "problem_list": "login",
    "problem_create": (OFFICE,),
    "category_list": "login",
    "category_edit": (OFFICE,),
    "rule_list": "login",
    "rule_create": (OFFICE,),
    "problem_detail": "login",
    "problem_edit": (OFFICE,),
    "measure_create": (OFFICE,),
    "follow_up_create": (OFFICE,),
    "measure_detail": "login",
    "measure_edit": (OFFICE,),
    "measure_progress": (OFFICE, UNIT),
    "measure_request_sign_off": (UNIT,),
    "measure_withdraw": (UNIT,),
    "measure_review": (OFFICE,),
    "measure_approve": (LEADER,),
    "extension_create": (UNIT,),
    "extension_decide": (OFFICE, LEADER),
    "evidence_download": "login",
    "evidence_view": "login",
    "inspection_archive": (OFFICE,),
    "archived_list": (OFFICE,),
    "inspection_restore": (OFFICE,),
    "problem_delete": (OFFICE,),
    "measure_delete": (OFFICE,),
    "review_batch": (OFFICE, LEADER),
    "problem_batch_reassign": (OFFICE,),
}
