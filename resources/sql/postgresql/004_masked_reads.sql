-- Schema 4: the server masks personal data (PostgreSQL dialect).
--
-- After this migration an agent, a reviewer or a supervisor connected with psql under their own role cannot read a
-- full ID number, phone or e-mail address:
--   * SELECT on those columns of account, legacy_account, appeal (and the appeal's form, payload) and on the
--     phone of sms_outbox is revoked from every staff role but the administrators, whose batch jobs (imports, the
--     Torch migration, the SMS service's checks) compare full values (docs/SECURITY.md);
--   * staff read through account_view, appeal_view and legacy_account_view, which belong to desk_owner and compute
--     the masked values (the same masks as ids::maskIdNumber / maskPhone / maskEmail in the client). Full values
--     appear only for the work item the reader holds: the appeal they have claimed (unexpired), the account it
--     names and the accounts that share its ID number, phone or USCC (the candidates the reviewer compares);
--   * staff find rows by an exact ID number or phone through desk_find_ids(), which answers ids, never values;
--   * a full value otherwise leaves the server only through desk_reveal(), which writes the audit row, with the
--     reason, in the same statement.
-- And nobody on the staff chooses a citizen's new password: an approval clears the account's password and queues
-- the SMS as a template; the SMS service generates the password when it delivers the message, stores its hash
-- through desk_sms_issue_password() and sends it (the password never reaches the database or a staff member).
-- Statements are separated by lines holding only ";--".

-- The account whose new password the message carries (approval); the SMS service fills in the password.
ALTER TABLE sms_outbox ADD COLUMN password_for BIGINT REFERENCES account(id);
;--

-- ---- masks: the same output as models/domain/Identifiers.cpp ----
-- Plain SQL that the planner inlines into the views (no SECURITY DEFINER, no SET: either would make every call
-- a function call with its own settings, about 20 µs a value). They read nothing and name only pg_catalog
-- functions explicitly, so they run the same whatever the caller's search_path.
CREATE FUNCTION desk_mask_id_number(p TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL
                WHEN pg_catalog.length(p) >= 12 THEN pg_catalog.left(p, 3)
                     || pg_catalog.repeat('*', pg_catalog.length(p) - 6) || pg_catalog.right(p, 3)
                WHEN pg_catalog.length(p) >= 6 THEN pg_catalog.left(p, 1)
                     || pg_catalog.repeat('*', pg_catalog.length(p) - 2) || pg_catalog.right(p, 1)
                ELSE pg_catalog.repeat('*', pg_catalog.length(p)) END
$$;
;--
CREATE FUNCTION desk_mask_phone(p TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL
                WHEN pg_catalog.length(p) >= 11 THEN pg_catalog.left(p, 3)
                     || pg_catalog.repeat('*', pg_catalog.length(p) - 7) || pg_catalog.right(p, 4)
                WHEN pg_catalog.length(p) >= 6 THEN pg_catalog.repeat('*', pg_catalog.length(p) - 2)
                     || pg_catalog.right(p, 2)
                ELSE pg_catalog.repeat('*', pg_catalog.length(p)) END
$$;
;--
CREATE FUNCTION desk_mask_email(p TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL
                WHEN pg_catalog.strpos(p, '@') = 0 THEN
                    CASE WHEN pg_catalog.length(p) >= 4
                         THEN pg_catalog.left(p, 1) || pg_catalog.repeat('*', pg_catalog.length(p) - 1)
                         ELSE pg_catalog.repeat('*', pg_catalog.length(p)) END
                ELSE CASE WHEN pg_catalog.length(p) - pg_catalog.strpos(pg_catalog.reverse(p), '@') >= 2
                          THEN pg_catalog.left(p, 1) || '***' ELSE '***' END
                     || pg_catalog.substr(p, pg_catalog.length(p) - pg_catalog.strpos(pg_catalog.reverse(p), '@') + 1)
                END
$$;
;--
-- An appeal's form (JSON) with its personal values masked; a form that is not JSON is withheld.
CREATE FUNCTION desk_mask_payload(p TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v JSONB; k TEXT;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        v := p::jsonb;
    EXCEPTION WHEN OTHERS THEN
        RETURN NULL;
    END;
    IF jsonb_typeof(v) <> 'object' THEN
        RETURN NULL;
    END IF;
    FOREACH k IN ARRAY ARRAY['id_number', 'legal_rep_id_number', 'agent_id_number'] LOOP
        IF jsonb_typeof(v -> k) = 'string' THEN
            v := jsonb_set(v, ARRAY[k], to_jsonb(desk_mask_id_number(v ->> k)));
        END IF;
    END LOOP;
    FOREACH k IN ARRAY ARRAY['phone', 'agent_phone', 'caller_phone'] LOOP
        IF jsonb_typeof(v -> k) = 'string' THEN
            v := jsonb_set(v, ARRAY[k], to_jsonb(desk_mask_phone(v ->> k)));
        END IF;
    END LOOP;
    IF jsonb_typeof(v -> 'email') = 'string' THEN
        v := jsonb_set(v, ARRAY['email'], to_jsonb(desk_mask_email(v ->> 'email')));
    END IF;
    RETURN v::text;
END
$$;
;--
-- ---- what the reader holds ----
-- Readers that are not staff (the set-up role, a superuser, and the SMS service) read the tables themselves anyway;
-- the views show them full values too, so that their batch jobs and tests read one way. (A cheap test, once per
-- statement: pg_has_role counts a superuser as a member of every role, hence rolsuper.)
CREATE FUNCTION desk_reader_is_staff() RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'desk_staff', 'MEMBER')
           AND NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), FALSE)
$$;
;--
-- The work items session_user holds now: appeals they have claimed and whose claim has not expired. The
-- real-name review adds its requests here. Not granted to anybody: the views below read it as its owner.
CREATE VIEW desk_held_work AS
SELECT a.id AS appeal_id, a.account_id, a.id_number, a.phone, a.uscc
FROM appeal a
WHERE a.claimed_by = session_user::text AND a.state = 'claimed' AND a.claim_expires_at > now();
;--
-- Accounts as staff read them. The lateral "held" is true for the account a held work item names and for the
-- accounts that share its ID number, phone or USCC: the reviewer compares those in full. The view reads the table
-- with its owner's privileges and hides no rows, only values: a condition or function in the reader's query can
-- only ever see the masked value of a column, so the view needs no security_barrier, and leaving it out lets the
-- planner push ORDER BY, LIMIT and keyset conditions into the table's indexes (the masks then run for the rows
-- of the page only).
CREATE VIEW account_view AS
SELECT a.id, a.login, a.kind, a.name, a.former_name, a.uscc, a.organization_type, a.legal_rep_name,
       CASE WHEN h.held THEN a.legal_rep_id_number ELSE desk_mask_id_number(a.legal_rep_id_number) END
           AS legal_rep_id_number,
       a.primary_agent_id, a.identity_region, a.id_type,
       CASE WHEN h.held THEN a.id_number ELSE desk_mask_id_number(a.id_number) END AS id_number,
       a.id_valid_from, a.id_valid_until,
       CASE WHEN h.held THEN a.phone ELSE desk_mask_phone(a.phone) END AS phone,
       CASE WHEN h.held THEN a.email ELSE desk_mask_email(a.email) END AS email,
       a.real_name_status, a.account_status, a.merged_into_id, a.origin, a.created_at, a.must_change_password,
       h.held AS personal_full
FROM account a
CROSS JOIN LATERAL (
    SELECT NOT (SELECT desk_reader_is_staff())
           OR EXISTS (SELECT 1 FROM desk_held_work w
                      WHERE w.account_id = a.id OR w.id_number = a.id_number OR w.phone = a.phone
                         OR w.uscc = a.uscc) AS held
    OFFSET 0) h;
;--
-- Appeals as staff read them: the holder of an unexpired claim sees what the citizen submitted in full.
CREATE VIEW appeal_view AS
SELECT a.id, a.appeal_type, a.state, a.account_id, a.applicant_name, a.organization_name, a.uscc,
       CASE WHEN h.held THEN a.id_number ELSE desk_mask_id_number(a.id_number) END AS id_number,
       CASE WHEN h.held THEN a.phone ELSE desk_mask_phone(a.phone) END AS phone,
       CASE WHEN h.held THEN a.payload ELSE desk_mask_payload(a.payload) END AS payload,
       a.submitted_at, a.due_at, a.claimed_by, a.claimed_at, a.decided_by, a.decided_at, a.decision_reason,
       a.external_ref, a.documents_complete, a.claim_expires_at, a.waiting_since, a.sla_remaining_seconds,
       a.reason_code, a.version, a.filed_by, a.last_actor,
       h.held AS personal_full
FROM appeal a
CROSS JOIN LATERAL (
    SELECT NOT (SELECT desk_reader_is_staff())
           OR (a.state = 'claimed' AND a.claimed_by = session_user::text AND a.claim_expires_at > now()) AS held
    OFFSET 0) h;
;--
-- Legacy (Torch) accounts: full values only where the platform account they became is held.
CREATE VIEW legacy_account_view AS
SELECT l.id, l.system, l.legacy_login, l.kind, l.name, l.uscc,
       CASE WHEN h.held THEN l.phone ELSE desk_mask_phone(l.phone) END AS phone,
       CASE WHEN h.held THEN l.id_number ELSE desk_mask_id_number(l.id_number) END AS id_number,
       l.registered_at, l.migration_case, l.platform_account_id, l.migrated_at, l.conflict_reason,
       h.held AS personal_full
FROM legacy_account l
CROSS JOIN LATERAL (
    SELECT NOT (SELECT desk_reader_is_staff())
           OR EXISTS (SELECT 1 FROM desk_held_work w WHERE w.account_id = l.platform_account_id) AS held
    OFFSET 0) h;
;--
-- The SMS outbox without bodies: the phone masked for staff but administrators (who run the SMS service's checks);
-- the SMS service role, which is not staff, sees it in full.
CREATE VIEW sms_outbox_view AS
SELECT o.id, o.idempotency_key,
       CASE WHEN h.full THEN o.phone ELSE desk_mask_phone(o.phone) END AS phone,
       o.state, o.attempts, o.next_attempt_at, o.created_at, o.sent_at, o.last_error, o.appeal_id, o.preview,
       o.gateway_message_id, o.password_for
FROM sms_outbox o
CROSS JOIN LATERAL (
    SELECT NOT (SELECT desk_reader_is_staff())
           OR (SELECT pg_catalog.pg_has_role(session_user, 'desk_administrator', 'MEMBER')) AS full
    OFFSET 0) h;
;--
-- ---- exact search without reading ----
-- The ids of the rows whose column equals one of the values given (exactly; empty values match nothing). The
-- pairs are fixed here; anything else is refused. Finding by ID number or phone is the help desk's daily work and
-- answers only which rows match; their values stay masked.
CREATE FUNCTION desk_find_ids(p_table TEXT, p_column TEXT, p_a TEXT, p_b TEXT DEFAULT NULL, p_c TEXT DEFAULT NULL)
RETURNS BIGINT[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v TEXT[] := array_remove(array_remove(ARRAY[p_a, p_b, p_c], NULL), '');
    r BIGINT[];
BEGIN
    IF desk_actor_role() = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', session_user USING ERRCODE = '42501';
    END IF;
    IF p_table = 'account' AND p_column = 'id_number' THEN
        SELECT array_agg(id) INTO r FROM account WHERE id_number = ANY (v);
    ELSIF p_table = 'account' AND p_column = 'phone' THEN
        SELECT array_agg(id) INTO r FROM account WHERE phone = ANY (v);
    ELSIF p_table = 'appeal' AND p_column = 'id_number' THEN
        SELECT array_agg(id) INTO r FROM appeal WHERE id_number = ANY (v);
    ELSIF p_table = 'appeal' AND p_column = 'phone' THEN
        SELECT array_agg(id) INTO r FROM appeal WHERE phone = ANY (v);
    ELSIF p_table = 'legacy_account' AND p_column = 'phone' THEN
        SELECT array_agg(id) INTO r FROM legacy_account WHERE phone = ANY (v);
    ELSIF p_table = 'legacy_account' AND p_column = 'id_number' THEN
        SELECT array_agg(id) INTO r FROM legacy_account WHERE id_number = ANY (v);
    ELSE
        RAISE EXCEPTION 'no exact search on %.%', p_table, p_column USING ERRCODE = '42501';
    END IF;
    RETURN coalesce(r, '{}');
END
$$;
;--
-- ---- reveal ----
-- One full value of an account, for a reason; the audit row is written in the same statement, under session_user.
CREATE FUNCTION desk_reveal(p_entity TEXT, p_id BIGINT, p_field TEXT, p_reason TEXT) RETURNS TEXT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_role TEXT := desk_actor_role();
    v_reason TEXT := btrim(coalesce(p_reason, ''));
    v_login TEXT;
    v_value TEXT;
BEGIN
    IF v_role = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', session_user USING ERRCODE = '42501';
    END IF;
    IF length(v_reason) < 4 THEN
        RAISE EXCEPTION 'a reveal needs a reason of at least 4 characters' USING ERRCODE = '22023';
    END IF;
    IF p_entity <> 'account' OR p_field NOT IN ('id_number', 'phone', 'email', 'legal_rep_id_number') THEN
        RAISE EXCEPTION 'cannot reveal %.%', p_entity, p_field USING ERRCODE = '42501';
    END IF;
    SELECT login, CASE p_field WHEN 'id_number' THEN id_number WHEN 'phone' THEN phone WHEN 'email' THEN email
                               ELSE legal_rep_id_number END
      INTO v_login, v_value FROM account WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk_audit_append(NULL, 'account.reveal', 'account', p_id::text, NULL,
                              jsonb_build_object('field', p_field, 'reason', v_reason, 'login', v_login)::text);
    RETURN coalesce(v_value, '');
END
$$;
;--
-- ---- new passwords are issued by the SMS service ----
-- Schema 3's rule, plus: staff change a password hash only to clear it, with the approval.
CREATE OR REPLACE FUNCTION desk_account_secret_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NULL;
    END IF;
    -- Identity and real-name binding change only through the real-name review (not by hand).
    IF (NEW.real_name_status, NEW.id_number, NEW.uscc, NEW.kind, NEW.login)
       IS DISTINCT FROM (OLD.real_name_status, OLD.id_number, OLD.uscc, OLD.kind, OLD.login) THEN
        RAISE EXCEPTION 'account %: identity and real-name status cannot be changed by hand', NEW.id
            USING ERRCODE = '42501';
    END IF;
    IF (NEW.password_hash, NEW.must_change_password, NEW.phone, NEW.legal_rep_name, NEW.legal_rep_id_number)
       IS NOT DISTINCT FROM
       (OLD.password_hash, OLD.must_change_password, OLD.phone, OLD.legal_rep_name, OLD.legal_rep_id_number) THEN
        RETURN NULL;
    END IF;
    -- The migration's first password for an account it creates: the hash of the legacy account linked to it
    -- in this same transaction (desk_carry_legacy_password), nothing else changed.
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
-- Schema 3's rule, plus: a message that will carry a new password names the account the approval is for.
CREATE OR REPLACE FUNCTION desk_sms_outbox_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NULL;
    END IF;
    IF NEW.state <> 'queued' OR NEW.attempts <> 0 OR NOT EXISTS (
        SELECT 1 FROM appeal a
        WHERE a.id = NEW.appeal_id AND a.phone = NEW.phone AND a.xmin = pg_current_xact_id()::xid
          AND a.last_actor = session_user::text
          AND ((a.state IN ('approved', 'rejected') AND a.decided_by = session_user::text)
               OR a.state = 'waiting_for_user')
          AND (NEW.password_for IS NULL OR (a.state = 'approved' AND a.account_id = NEW.password_for))) THEN
        RAISE EXCEPTION 'a text message is queued only by the decision that causes it, to the phone it names'
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;
;--
-- The SMS service, delivering an approval's message, stores the hash of the password it has just generated (and
-- will send). Only for a message it is sending, that carries a password, for the account its approved appeal names.
CREATE FUNCTION desk_sms_issue_password(p_message BIGINT, p_hash TEXT) RETURNS BIGINT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_service BOOLEAN := (pg_has_role(session_user, 'desk_sms_sender', 'MEMBER') AND desk_actor_role() IS NULL)
                         OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper);
    v_msg record;
BEGIN
    IF NOT v_service THEN
        RAISE EXCEPTION 'only the SMS service issues passwords' USING ERRCODE = '42501';
    END IF;
    IF p_hash IS NULL OR p_hash NOT LIKE '$scrypt$%' THEN
        RAISE EXCEPTION 'not a password hash' USING ERRCODE = '22023';
    END IF;
    SELECT o.id, o.state, o.password_for, o.appeal_id, a.state AS appeal_state, a.account_id
      INTO v_msg FROM sms_outbox o JOIN appeal a ON a.id = o.appeal_id WHERE o.id = p_message FOR UPDATE OF o;
    IF NOT FOUND OR v_msg.state <> 'sending' OR v_msg.password_for IS NULL OR v_msg.appeal_state <> 'approved'
       OR v_msg.account_id IS DISTINCT FROM v_msg.password_for THEN
        RAISE EXCEPTION 'text message % does not carry a new password now', p_message USING ERRCODE = '42501';
    END IF;
    UPDATE account SET password_hash = p_hash, must_change_password = TRUE WHERE id = v_msg.password_for;
    PERFORM desk_audit_append(NULL, 'account.password_issued', 'account', v_msg.password_for::text, NULL,
                              jsonb_build_object('sms_id', p_message::text, 'appeal_id', v_msg.appeal_id::text)::text);
    RETURN v_msg.password_for;
END
$$;
;--
-- ---- privileges ----
ALTER VIEW desk_held_work OWNER TO desk_owner;
;--
ALTER VIEW account_view OWNER TO desk_owner;
;--
ALTER VIEW appeal_view OWNER TO desk_owner;
;--
ALTER VIEW legacy_account_view OWNER TO desk_owner;
;--
ALTER VIEW sms_outbox_view OWNER TO desk_owner;
;--
REVOKE ALL ON sms_outbox_view FROM PUBLIC;
;--
GRANT SELECT ON sms_outbox_view TO desk_staff, desk_sms_sender;
;--
GRANT EXECUTE ON FUNCTION desk_reader_is_staff(), desk_mask_phone(TEXT), desk_sms_issue_password(BIGINT, TEXT)
    TO desk_sms_sender;
;--
GRANT INSERT (password_for) ON sms_outbox TO desk_reviewer, desk_supervisor;
;--
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname IN ('desk_mask_id_number', 'desk_mask_phone', 'desk_mask_email',
                                                          'desk_reader_is_staff',
                                                          'desk_mask_payload', 'desk_find_ids', 'desk_reveal',
                                                          'desk_sms_issue_password', 'desk_account_secret_guard',
                                                          'desk_sms_outbox_guard')
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', r.sig);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', r.sig);
    END LOOP;
END
$$;
;--
REVOKE ALL ON desk_held_work FROM PUBLIC;
;--
REVOKE ALL ON account_view, appeal_view, legacy_account_view FROM PUBLIC;
;--
-- Full values: administrators only (imports and the migration compare them; docs/SECURITY.md).
REVOKE SELECT (id_number, phone, email, legal_rep_id_number) ON account FROM desk_staff;
;--
GRANT SELECT (id_number, phone, email, legal_rep_id_number) ON account TO desk_administrator;
;--
REVOKE SELECT (id_number, phone) ON legacy_account FROM desk_staff;
;--
GRANT SELECT (id_number, phone) ON legacy_account TO desk_administrator;
;--
REVOKE SELECT (phone) ON sms_outbox FROM desk_staff;
;--
GRANT SELECT (phone) ON sms_outbox TO desk_administrator;
;--
-- Appeals: every column but what the citizen submitted about themselves, for every staff role.
REVOKE SELECT ON appeal FROM desk_staff;
;--
GRANT SELECT (id, appeal_type, state, account_id, applicant_name, organization_name, uscc, submitted_at, due_at,
              claimed_by, claimed_at, decided_by, decided_at, decision_reason, external_ref, documents_complete,
              claim_expires_at, waiting_since, sla_remaining_seconds, reason_code, version, filed_by, last_actor)
    ON appeal TO desk_staff;
;--
GRANT SELECT ON account_view, appeal_view, legacy_account_view TO desk_staff;
;--
GRANT EXECUTE ON FUNCTION desk_reader_is_staff(), desk_mask_id_number(TEXT), desk_mask_phone(TEXT), desk_mask_email(TEXT),
    desk_mask_payload(TEXT), desk_find_ids(TEXT, TEXT, TEXT, TEXT, TEXT), desk_reveal(TEXT, BIGINT, TEXT, TEXT)
    TO desk_staff;
