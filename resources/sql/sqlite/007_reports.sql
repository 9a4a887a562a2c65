-- Schema 7 (reports, issue 11): indexes for the reports' aggregates, which read decisions, calls and QA samples
-- by time. Statements are separated by lines holding only ";--".
-- Covering indexes, so the dashboard's aggregates read the index and not the rows: decisions by time (throughput,
-- reasons) and submissions by time (SLA per week).
CREATE INDEX ix_appeal_decided ON appeal(decided_at, state, decided_by, reason_code);
;--
CREATE INDEX ix_appeal_sla ON appeal(submitted_at, state, decided_at, due_at);
;--
CREATE INDEX ix_review_decision_decided ON real_name_decision(decided_at);
;--
CREATE INDEX ix_account_event_kind_time ON account_event(kind, occurred_at);
;--
CREATE INDEX ix_review_qa_sampled ON real_name_qa_sample(sampled_at);
