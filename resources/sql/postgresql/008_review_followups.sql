-- Schema 8: follow-ups of the manual real-name review (issue 9).
--   * The queue's "all states" list is sorted by due time: an index on (due_at, id) serves its first page.
--   * Importing a review request puts the account under review (real_name_status 'manual_pending', 实名认证审核中)
--     when it was unverified or failed: the account guard (schema 5) is replaced to allow exactly that, for the
--     member who records the request's submission in the same transaction, and administrators (the import) may
--     update that one column. A decision then moves it on as before.
-- (Numbered 8 so that schemas 6 and 7, written at the same time, keep their numbers.)
-- Statements are separated by lines holding only ";--".

CREATE INDEX IF NOT EXISTS ix_review_due ON real_name_review(due_at, id);
;--
CREATE OR REPLACE FUNCTION desk_account_secret_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NULL;
    END IF;
    IF (NEW.kind, NEW.login) IS DISTINCT FROM (OLD.kind, OLD.login) THEN
        RAISE EXCEPTION 'account %: identity and real-name status cannot be changed by hand', NEW.id
            USING ERRCODE = '42501';
    END IF;
    IF (NEW.real_name_status, NEW.id_number, NEW.uscc) IS DISTINCT FROM (OLD.real_name_status, OLD.id_number, OLD.uscc)
       AND NOT EXISTS (
           SELECT 1 FROM real_name_review r
           WHERE r.account_id = NEW.id AND r.decided_by = session_user::text AND r.xmin = pg_current_xact_id()::xid
             AND ((r.state = 'approved' AND NEW.real_name_status = 'verified_manual'
                   AND ((r.review_type = 'organization' AND NEW.uscc = r.subject_number
                         AND NEW.id_number IS NOT DISTINCT FROM OLD.id_number)
                     OR (r.review_type <> 'organization' AND NEW.id_number = r.subject_number
                         AND NEW.uscc IS NOT DISTINCT FROM OLD.uscc)))
               OR (r.state = 'rejected' AND NEW.real_name_status = 'failed'
                   AND (NEW.id_number, NEW.uscc) IS NOT DISTINCT FROM (OLD.id_number, OLD.uscc))))
       -- The import (schema 8): a request recorded or resubmitted in this transaction by this member puts an
       -- unverified or failed account under review; nothing else changes.
       AND NOT (NEW.real_name_status = 'manual_pending' AND OLD.real_name_status IN ('unverified', 'failed')
                AND (NEW.id_number, NEW.uscc) IS NOT DISTINCT FROM (OLD.id_number, OLD.uscc)
                AND EXISTS (
                    SELECT 1 FROM real_name_submission s JOIN real_name_review r ON r.id = s.review_id
                    WHERE r.account_id = NEW.id AND r.state = 'new' AND s.id = r.current_submission_id
                      AND s.filed_by = session_user::text AND s.xmin = pg_current_xact_id()::xid)) THEN
        RAISE EXCEPTION 'account %: identity and real-name status change only through a real-name review decision',
            NEW.id USING ERRCODE = '42501';
    END IF;
    IF (NEW.password_hash, NEW.must_change_password, NEW.phone, NEW.legal_rep_name, NEW.legal_rep_id_number)
       IS NOT DISTINCT FROM
       (OLD.password_hash, OLD.must_change_password, OLD.phone, OLD.legal_rep_name, OLD.legal_rep_id_number) THEN
        RETURN NULL;
    END IF;
    IF OLD.password_hash IS NULL
       AND (NEW.must_change_password, NEW.phone, NEW.legal_rep_name, NEW.legal_rep_id_number)
           IS NOT DISTINCT FROM (OLD.must_change_password, OLD.phone, OLD.legal_rep_name, OLD.legal_rep_id_number)
       AND EXISTS (SELECT 1 FROM legacy_account l
                   WHERE l.platform_account_id = NEW.id AND l.password_hash IS NOT DISTINCT FROM NEW.password_hash
                     AND l.xmin = pg_current_xact_id()::xid) THEN
        RETURN NULL;
    END IF;
    -- A new password comes from the SMS service (desk_sms_issue_password); staff only clear the old one.
    IF NEW.password_hash IS NOT NULL AND NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        RAISE EXCEPTION 'account %: a new password is issued by the SMS service when it delivers the approval, '
                        'never by staff', NEW.id USING ERRCODE = '42501';
    END IF;
    -- The reserved phone may only become the phone of the approved appeal.
    IF NOT EXISTS (SELECT 1 FROM appeal a
                   WHERE a.account_id = NEW.id AND a.state = 'approved' AND a.decided_by = session_user::text
                     AND a.xmin = pg_current_xact_id()::xid
                     AND (NEW.phone IS NOT DISTINCT FROM OLD.phone OR NEW.phone = a.phone)) THEN
        RAISE EXCEPTION 'account %: password, phone and identity change only through an approved appeal', NEW.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;
;--
ALTER FUNCTION desk_account_secret_guard() OWNER TO desk_owner;
;--
REVOKE ALL ON FUNCTION desk_account_secret_guard() FROM PUBLIC;
;--
GRANT UPDATE (real_name_status) ON account TO desk_administrator;
;--
-- QA samples (schema 5's guard, tightened to what the application does): a supervisor never draws their own
-- decision, and a verdict once given is never set back to pending (it may be revised; the audit log keeps each one).
CREATE OR REPLACE FUNCTION desk_review_qa_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_role <> 'supervisor' THEN
        RAISE EXCEPTION 'only supervisors sample decisions' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.sampled_by := session_user::text;
        NEW.sampled_at := now();
        NEW.verdict := 'pending';
        NEW.verdict_at := NULL;
        SELECT d.decided_by, d.review_id INTO NEW.reviewer_login, NEW.review_id
        FROM real_name_decision d WHERE d.id = NEW.decision_id;
        IF NEW.reviewer_login = session_user::text THEN
            RAISE EXCEPTION 'a supervisor does not sample their own decision' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.review_id, NEW.decision_id, NEW.reviewer_login, NEW.sampled_by, NEW.sampled_at)
       IS DISTINCT FROM (OLD.review_id, OLD.decision_id, OLD.reviewer_login, OLD.sampled_by, OLD.sampled_at)
       OR OLD.reviewer_login = session_user::text THEN
        RAISE EXCEPTION 'only another supervisor records a verdict on this decision' USING ERRCODE = '42501';
    END IF;
    IF NEW.verdict = 'pending' AND OLD.verdict <> 'pending' THEN
        RAISE EXCEPTION 'a verdict is revised, never withdrawn' USING ERRCODE = '42501';
    END IF;
    NEW.verdict_at := now();
    RETURN NEW;
END
$$;
;--
ALTER FUNCTION desk_review_qa_guard() OWNER TO desk_owner;
;--
REVOKE ALL ON FUNCTION desk_review_qa_guard() FROM PUBLIC;
