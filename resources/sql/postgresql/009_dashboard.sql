-- Schema 9 (the dashboard over hundreds of thousands of appeals, issue 11): indexes that let every chart count
-- index entries (index-only scans) instead of computing a date per row. Indexes carry no privileges of their own:
-- staff read through the same tables and columns as before (tst_reports runs every chart as staff roles).
-- Statements are separated by lines holding only ";--".
--
-- Backlog by age and SLA "overdue now": the open states by submission time, each age bucket a range.
CREATE INDEX ix_appeal_open_age ON appeal(state, submitted_at, due_at);
;--
CREATE INDEX ix_review_open_age ON real_name_review(state, submitted_at, due_at);
;--
CREATE INDEX ix_merge_open_age ON account_merge(state, requested_at);
;--
-- SLA per week: submitted, decided and decided on time, each a range of submission times.
CREATE INDEX ix_review_submitted ON real_name_review(submitted_at);
;--
CREATE INDEX ix_appeal_decided_by_submission ON appeal(submitted_at) WHERE decided_at IS NOT NULL;
;--
CREATE INDEX ix_appeal_on_time ON appeal(submitted_at) WHERE decided_at <= due_at;
;--
CREATE INDEX ix_review_decided_by_submission ON real_name_review(submitted_at) WHERE decided_at IS NOT NULL;
;--
CREATE INDEX ix_review_on_time ON real_name_review(submitted_at) WHERE decided_at <= due_at;
;--
-- Throughput and reasons of real-name decisions, read from the index alone (appeals have ix_appeal_decided, 007).
CREATE INDEX ix_review_decision_report ON real_name_decision(decided_at, outcome, decided_by, reason_codes);
