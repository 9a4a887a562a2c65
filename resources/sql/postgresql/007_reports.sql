-- Schema 7 (reports, issue 11): indexes for the reports' aggregates; the supervisors' audited unmasked export of
-- the appeal and real-name review lists; the supervisors' requeue of a finally failed text message.
-- Statements are separated by lines holding only ";--".
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
;--
-- Refuses anyone but an active supervisor, and a reason shorter than 4 characters; appends the audit row of an
-- unmasked export (under session_user) with the number of rows it hands out.
CREATE FUNCTION desk_report_unmasked_check(p_report TEXT, p_from TIMESTAMPTZ, p_to TIMESTAMPTZ, p_reason TEXT,
                                           p_rows BIGINT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF desk_actor_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION 'only supervisors export personal data unmasked' USING ERRCODE = '42501';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 4 THEN
        RAISE EXCEPTION 'an unmasked export needs a reason of at least 4 characters' USING ERRCODE = '22023';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
        RAISE EXCEPTION 'an unmasked export needs a date range' USING ERRCODE = '22023';
    END IF;
    PERFORM desk_audit_append(NULL, 'report.export_unmasked', 'report', p_report, NULL,
                              jsonb_build_object('report', p_report, 'from', p_from, 'to', p_to, 'rows', p_rows,
                                                 'reason', btrim(p_reason))::text);
END
$$;
;--
-- The appeal list with what the citizens submitted in full (report "appeals", --unmasked).
CREATE FUNCTION desk_report_appeals(p_from TIMESTAMPTZ, p_to TIMESTAMPTZ, p_reason TEXT)
RETURNS TABLE (ref TEXT, appeal_type TEXT, state TEXT, applicant_name TEXT, organization_name TEXT, id_number TEXT,
               uscc TEXT, phone TEXT, submitted_at TIMESTAMPTZ, due_at TIMESTAMPTZ, decided_at TIMESTAMPTZ,
               decided_by TEXT, reason_code TEXT, decision_reason TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE v_rows BIGINT;
BEGIN
    SELECT count(*) INTO v_rows FROM appeal a WHERE a.submitted_at >= p_from AND a.submitted_at < p_to;
    PERFORM desk_report_unmasked_check('appeals', p_from, p_to, p_reason, v_rows);
    RETURN QUERY
        SELECT coalesce(a.external_ref, a.id::text), a.appeal_type, a.state, a.applicant_name, a.organization_name,
               a.id_number, a.uscc, a.phone, a.submitted_at, a.due_at, a.decided_at, a.decided_by, a.reason_code,
               a.decision_reason
        FROM appeal a WHERE a.submitted_at >= p_from AND a.submitted_at < p_to ORDER BY a.submitted_at, a.id;
END
$$;
;--
-- The real-name review list with the numbers and phones in full (report "reviews", --unmasked).
CREATE FUNCTION desk_report_reviews(p_from TIMESTAMPTZ, p_to TIMESTAMPTZ, p_reason TEXT)
RETURNS TABLE (ref TEXT, review_type TEXT, state TEXT, account_login TEXT, id_number TEXT, uscc TEXT, phone TEXT,
               submitted_at TIMESTAMPTZ, due_at TIMESTAMPTZ, decided_at TIMESTAMPTZ, decided_by TEXT,
               decision_reason TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE v_rows BIGINT;
BEGIN
    SELECT count(*) INTO v_rows FROM real_name_review r WHERE r.submitted_at >= p_from AND r.submitted_at < p_to;
    PERFORM desk_report_unmasked_check('reviews', p_from, p_to, p_reason, v_rows);
    RETURN QUERY
        SELECT r.ref, r.review_type, r.state, a.login,
               CASE WHEN r.review_type <> 'organization' THEN r.subject_number END,
               CASE WHEN r.review_type = 'organization' THEN r.subject_number END,
               s.phone, r.submitted_at, r.due_at, r.decided_at, r.decided_by, r.decision_reason
        FROM real_name_review r JOIN account a ON a.id = r.account_id
        LEFT JOIN real_name_submission s ON s.id = r.current_submission_id
        WHERE r.submitted_at >= p_from AND r.submitted_at < p_to ORDER BY r.submitted_at, r.id;
END
$$;
;--
-- A supervisor sends a finally failed message again: queued now, attempts from zero. The stored body was
-- replaced by the preview when it failed; a message that carries a new password gets its slot back, so the
-- SMS service issues a fresh password as it delivers. Audited as sms.requeue; false when the message is not
-- in state failed.
CREATE FUNCTION desk_sms_requeue(p_id BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_msg record;
BEGIN
    IF desk_actor_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION 'only supervisors requeue text messages' USING ERRCODE = '42501';
    END IF;
    SELECT id, state, attempts, last_error, password_for INTO v_msg FROM sms_outbox WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR v_msg.state <> 'failed' THEN
        RETURN FALSE;
    END IF;
    UPDATE sms_outbox
       SET state = 'queued', attempts = 0, next_attempt_at = now(), last_error = NULL,
           body = CASE WHEN password_for IS NULL THEN coalesce(preview, body)
                       ELSE replace(coalesce(preview, body), '********', '{{new_password}}') END
     WHERE id = p_id;
    PERFORM desk_audit_append(NULL, 'sms.requeue', 'sms_outbox', p_id::text,
                              jsonb_build_object('state', v_msg.state, 'attempts', v_msg.attempts,
                                                 'last_error', v_msg.last_error)::text,
                              jsonb_build_object('state', 'queued', 'attempts', 0)::text);
    RETURN TRUE;
END
$$;
;--
ALTER FUNCTION desk_report_unmasked_check(TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT, BIGINT) OWNER TO desk_owner;
;--
ALTER FUNCTION desk_report_appeals(TIMESTAMPTZ, TIMESTAMPTZ, TEXT) OWNER TO desk_owner;
;--
ALTER FUNCTION desk_report_reviews(TIMESTAMPTZ, TIMESTAMPTZ, TEXT) OWNER TO desk_owner;
;--
ALTER FUNCTION desk_sms_requeue(BIGINT) OWNER TO desk_owner;
;--
REVOKE ALL ON FUNCTION desk_report_unmasked_check(TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT, BIGINT),
    desk_report_appeals(TIMESTAMPTZ, TIMESTAMPTZ, TEXT), desk_report_reviews(TIMESTAMPTZ, TIMESTAMPTZ, TEXT),
    desk_sms_requeue(BIGINT) FROM PUBLIC;
;--
-- The check is called by the two list functions only (as their owner); nobody calls it directly.
GRANT EXECUTE ON FUNCTION desk_report_appeals(TIMESTAMPTZ, TIMESTAMPTZ, TEXT),
    desk_report_reviews(TIMESTAMPTZ, TIMESTAMPTZ, TEXT), desk_sms_requeue(BIGINT) TO desk_supervisor;
