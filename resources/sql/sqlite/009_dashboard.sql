-- Schema 9 (the dashboard over hundreds of thousands of appeals, issue 11): indexes that let every chart count
-- index entries instead of computing a date per row. Statements are separated by lines holding only ";--".
--
-- Backlog by age and SLA "overdue now": the open states by submission time, each age bucket a range.
CREATE INDEX ix_appeal_open_age ON appeal(state, submitted_at, due_at);
;--
CREATE INDEX ix_review_open_age ON real_name_review(state, submitted_at, due_at);
;--
CREATE INDEX ix_merge_open_age ON account_merge(state, requested_at);
;--
-- SLA per week: submitted, decided and decided on time, each a range of submission times. The partial indexes hold
-- the columns of their condition too, so that SQLite reads the index alone.
CREATE INDEX ix_review_submitted ON real_name_review(submitted_at);
;--
CREATE INDEX ix_appeal_decided_by_submission ON appeal(submitted_at, decided_at) WHERE decided_at IS NOT NULL;
;--
CREATE INDEX ix_appeal_on_time ON appeal(submitted_at, decided_at, due_at) WHERE decided_at <= due_at;
;--
CREATE INDEX ix_review_decided_by_submission ON real_name_review(submitted_at, decided_at)
    WHERE decided_at IS NOT NULL;
;--
CREATE INDEX ix_review_on_time ON real_name_review(submitted_at, decided_at, due_at) WHERE decided_at <= due_at;
;--
-- Throughput and reasons: decisions by the UTC hour of their time (the first 13 characters of the ISO text), so
-- that GROUP BY hour, outcome, reviewer, reason walks the index in order without sorting; the report sums the
-- hours into China days. The statements must spell the expression exactly so: substr(decided_at, 1, 13).
CREATE INDEX ix_appeal_decided_hour ON appeal(substr(decided_at, 1, 13), state, decided_by, reason_code, decided_at);
;--
CREATE INDEX ix_review_decision_hour ON real_name_decision(substr(decided_at, 1, 13), outcome, decided_by,
                                                           reason_codes, decided_at);
