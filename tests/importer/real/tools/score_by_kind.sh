#!/bin/bash
# Per issue-10 kind TOTAL rows over the written held-out documents of session 14 (blindwritten6, blindwritten7; conformed truths).
# usage: tests/importer/real/tools/score_by_kind.sh [CHECKOUT]   (default: this checkout); kinds as in issue 10, plus tables/ledgers
R=${1:-$(cd "$(dirname "$0")/../../../.." && pwd)}; cd "$R"
declare -A K
K[1_attachments]="blindwritten6/b6_02_university_xunshi_report blindwritten6/b6_15_urban_mgmt_word_html blindwritten7/d02_prov_ducha_report_attachments"
K[2_middle_section]="blindwritten6/b6_01_town_xuncha_bulletin blindwritten6/b6_04_hospital_xuncha_web blindwritten6/b6_05_county_court_status_pdf blindwritten6/b6_08_eco_ducha_city_web blindwritten6/b6_13_water_bureau_cutoff blindwritten7/d01_univ_xunshi_bulletin blindwritten7/d03_hospital_bulletin_wordhtml blindwritten7/d08_web_copy_truncated blindwritten7/d10_soe_report_pdf"
K[3_one_task]="blindwritten6/b6_09_one_task_xiaohao_gb18030 blindwritten6/b6_14_one_task_seq10_web blindwritten7/d06_notice_task10_xiaohao blindwritten7/d07_notice_item43_web"
K[4_quoted_feedback]="blindwritten6/b6_10_quoted_feedback_note blindwritten7/d11_quoted_feedback_pdf"
K[5_no_list]="blindwritten6/b6_11_county_round_summary_pdf blindwritten7/d04_district_round_summary_gb18030"
K[6_audit_trad]="blindwritten6/b6_07_audit_followup_report blindwritten7/d05_audit_renda_report blindwritten6/b6_12_street_office_traditional blindwritten7/d12_traditional_copy"
K[tables_ledgers]="blindwritten6/b6_03_soe_group_ledger blindwritten6/b6_06_procuratorate_plan_table blindwritten7/d09_ledger_xlsx blindwritten7/d13_plan_word_table"
for k in $(echo ${!K[@]} | tr ' ' '\n' | sort); do
  d=$(mktemp -d); for s in ${K[$k]}; do for f in tests/importer/$s.*; do ln -s $PWD/$f $d/; done; done
  printf "%-18s " $k; python /work/shared/tools/score_import.py --cmd "$R/.venv/bin/python -m zhenggai.cli parse {file} --json" $d | grep TOTAL | cut -c46-
  rm -rf $d
done
