-- Schema 7 (reports, issue 11): indexes for the reports' aggregates, which read decisions, calls and QA samples
-- by time. Statements are separated by lines holding only ";--".
CREATE INDEX ix_appeal_decided ON appeal(decided_at);
;--
CREATE INDEX ix_review_decision_decided ON real_name_decision(decided_at);
;--
CREATE INDEX ix_account_event_kind_time ON account_event(kind, occurred_at);
;--
CREATE INDEX ix_review_qa_sampled ON real_name_qa_sample(sampled_at);
