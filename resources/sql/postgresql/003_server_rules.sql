-- Schema 3: PostgreSQL enforces what the application forbids.
--
-- After this migration a staff member connected with psql under their own role can do what the application lets
-- them do and no more:
--   * every table, sequence and function belongs to the NOLOGIN role desk_owner; staff roles get column
--     privileges for what they may read and write, and SECURITY DEFINER functions (fixed search_path, EXECUTE
--     revoked from PUBLIC) for the transitions that must be checked;
--   * no staff role reads a password hash (platform or legacy), an SMS body or a document's content; documents
--     are opened through desk_document_open(), which writes the audit row;
--   * the audit log is appended only by desk_audit_append(): the server sets staff_login from session_user,
--     records the client address, computes the chain hash and serialises appends with a row lock on
--     audit_head, a table no staff role can lock;
--   * staff are added, disabled, re-enabled, renamed and given new passwords only through desk_staff_*()
--     functions that touch IdentityDesk staff roles and nothing else; no staff role keeps CREATEROLE;
--   * appeal transitions, account secrets, the SMS outbox, documents, notes and account history are guarded by
--     triggers that check session_user against the rules (docs/SECURITY.md).
-- The migration runs as the set-up role (a superuser, see README "Setting up a shared PostgreSQL database").
-- Statements are separated by lines holding only ";--".

-- Roles are shared by every database of the server: another database may be creating them at this moment.
DO $$
BEGIN
    BEGIN
        CREATE ROLE desk_owner NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    -- Owns the staff functions: the only holder of CREATEROLE, and it cannot log in.
    BEGIN
        CREATE ROLE desk_role_admin NOLOGIN CREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    BEGIN
        CREATE ROLE desk_sms_sender NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    IF NOT pg_has_role('desk_role_admin', 'pg_signal_backend', 'MEMBER') THEN
        BEGIN
            GRANT pg_signal_backend TO desk_role_admin;
        EXCEPTION WHEN OTHERS THEN
            IF NOT pg_has_role('desk_role_admin', 'pg_signal_backend', 'MEMBER') THEN RAISE; END IF;
        END;
    END IF;
END
$$;
;--
-- Who did what: the filer of an appeal, the author of an account event (both set by the server).
ALTER TABLE appeal ADD COLUMN filed_by TEXT;
;--
ALTER TABLE account_event ADD COLUMN staff_login TEXT;
;--
-- The staff member whose statement last changed an appeal (PostgreSQL only, set by desk_appeal_update_guard):
-- the SMS guard checks that a message comes from the decision of the one who queues it.
ALTER TABLE appeal ADD COLUMN last_actor TEXT;
;--
ALTER TABLE audit_log ADD COLUMN client_addr TEXT;
;--
-- The head of the audit chain. Its single row is locked by every append; no staff role may lock it.
CREATE TABLE audit_head (
    singleton       BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_id         BIGINT NOT NULL,
    last_hash       TEXT NOT NULL
);
;--
INSERT INTO audit_head (singleton, last_id, last_hash)
SELECT TRUE, COALESCE((SELECT id FROM audit_log ORDER BY id DESC LIMIT 1), 0),
       COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64));
;--
-- Everything belongs to desk_owner, which cannot log in.
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')
    LOOP
        IF r.relkind = 'S' THEN
            -- Identity sequences follow their table.
            IF NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                           WHERE s.relname = r.relname AND d.deptype = 'i') THEN
                EXECUTE format('ALTER SEQUENCE public.%I OWNER TO desk_owner', r.relname);
            END IF;
        ELSE
            EXECUTE format('ALTER TABLE public.%I OWNER TO desk_owner', r.relname);
        END IF;
    END LOOP;
END
$$;
;--
-- Staff roles keep no privileges beyond their group's: no CREATEROLE, no predefined pg_* role, no sender role.
-- (The staff of this database: roles are shared by every database of the server.)
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT m.rolname FROM pg_roles m
             WHERE pg_has_role(m.oid, 'desk_staff', 'MEMBER') AND NOT m.rolsuper AND m.rolname NOT LIKE 'desk\_%'
               AND m.rolname IN (SELECT login FROM public.staff)
               AND (m.rolcreaterole OR m.rolcreatedb OR m.rolbypassrls OR m.rolreplication)
    LOOP
        BEGIN
            EXECUTE format('ALTER ROLE %I NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION', r.rolname);
        EXCEPTION WHEN OTHERS THEN
            -- Roles are shared by the server's databases: another migration may have fixed it meanwhile.
            IF EXISTS (SELECT 1 FROM pg_roles m WHERE m.rolname = r.rolname
                       AND (m.rolcreaterole OR m.rolcreatedb OR m.rolbypassrls OR m.rolreplication)) THEN
                RAISE;
            END IF;
        END;
    END LOOP;
    FOR r IN SELECT member.rolname AS member, granted.rolname AS granted
             FROM pg_auth_members am JOIN pg_roles member ON member.oid = am.member
             JOIN pg_roles granted ON granted.oid = am.roleid
             WHERE pg_has_role(member.oid, 'desk_staff', 'MEMBER') AND NOT member.rolsuper
               AND member.rolname IN (SELECT login FROM public.staff)
               AND (granted.rolname LIKE 'pg\_%' OR granted.rolname IN ('desk_sms_sender', 'desk_owner', 'desk_role_admin'))
    LOOP
        BEGIN
            EXECUTE format('REVOKE %I FROM %I', r.granted, r.member);
        EXCEPTION WHEN OTHERS THEN
            IF EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member
                       JOIN pg_roles g ON g.oid = am.roleid WHERE m.rolname = r.member AND g.rolname = r.granted) THEN
                RAISE;
            END IF;
        END;
    END LOOP;
END
$$;
;--
-- The acting staff member's role, from session_user (never current_user, which a SECURITY DEFINER function
-- changes). NULL for roles that are not staff: the owner, the set-up role and the SMS service, whose work is not
-- checked here. A staff login without an active staff row gets 'inactive', which every rule refuses.
CREATE FUNCTION desk_actor_role() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN r.rolsuper OR NOT pg_has_role(r.oid, 'desk_staff', 'MEMBER') THEN NULL
        ELSE COALESCE((SELECT s.role FROM public.staff s WHERE s.login = r.rolname::text AND s.active), 'inactive')
    END
    FROM pg_roles r WHERE r.rolname = session_user
$$;
;--
-- Appends one audit row. The server sets the time, staff_login (session_user) and client address, and chains the
-- row to the previous one: sha256(prev_hash, id, created_at, staff_login, action, entity_type, entity_id,
-- before_json, after_json[, client_addr]) joined by U+001F, as AuditLog::computeHash does.
-- p_actor is honoured only for the set-up role (a superuser or a member of desk_owner), whose batch jobs name
-- their actor ("setup:…", "cli:…"); for everybody else the actor is session_user, whatever p_actor says.
CREATE FUNCTION desk_audit_append(p_actor TEXT, p_action TEXT, p_entity_type TEXT, p_entity_id TEXT, p_before TEXT,
                                  p_after TEXT)
RETURNS BIGINT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public SET lock_timeout = '10s' AS $$
DECLARE
    head record;
    v_id BIGINT;
    v_at TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    v_login TEXT := session_user::text;
    v_trusted BOOLEAN := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
                         OR pg_has_role(session_user, 'desk_owner', 'MEMBER');
    v_addr TEXT := host(inet_client_addr());
    v_canonical TEXT;
    v_hash TEXT;
BEGIN
    IF coalesce(p_action, '') = '' OR coalesce(p_entity_type, '') = '' THEN
        RAISE EXCEPTION 'an audit row needs an action and an entity type' USING ERRCODE = '22023';
    END IF;
    IF desk_actor_role() = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', v_login USING ERRCODE = '42501';
    END IF;
    IF v_trusted AND coalesce(p_actor, '') <> '' THEN
        v_login := p_actor;
    END IF;
    SELECT last_id, last_hash INTO head FROM audit_head WHERE singleton FOR UPDATE;
    v_id := head.last_id + 1;
    v_canonical := head.last_hash || chr(31) || v_id::text || chr(31) || v_at || chr(31) || v_login || chr(31)
                   || p_action || chr(31) || p_entity_type || chr(31) || coalesce(p_entity_id, '') || chr(31)
                   || coalesce(p_before, '') || chr(31) || coalesce(p_after, '');
    IF v_addr IS NOT NULL THEN
        v_canonical := v_canonical || chr(31) || v_addr;
    END IF;
    v_hash := encode(sha256(convert_to(v_canonical, 'UTF8')), 'hex');
    INSERT INTO audit_log (id, created_at, staff_login, action, entity_type, entity_id, before_json, after_json,
                           prev_hash, hash, client_addr)
    VALUES (v_id, v_at, v_login, p_action, p_entity_type, nullif(p_entity_id, ''), nullif(p_before, ''),
            nullif(p_after, ''), head.last_hash, v_hash, v_addr);
    UPDATE audit_head SET last_id = v_id, last_hash = v_hash WHERE singleton;
    RETURN v_id;
END
$$;
;--
-- The head of the chain as the server sees it, for checkpoints (audit checkpoint).
CREATE FUNCTION desk_audit_head(OUT id BIGINT, OUT hash TEXT, OUT created_at TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT h.last_id, h.last_hash, (SELECT a.created_at FROM audit_log a WHERE a.id = h.last_id)
    FROM audit_head h WHERE h.singleton
$$;
;--
-- ---- staff administration ----
-- Only administrators (or the set-up role before the first administrator exists) call these; each touches only a
-- login role that is an IdentityDesk staff member, never the owner, the set-up role or any other role.
CREATE FUNCTION desk_require_staff_admin() RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        -- Not a staff member: only the set-up role (a superuser or a member of desk_owner) may administer.
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
           AND NOT pg_has_role(session_user, 'desk_owner', 'MEMBER') THEN
            RAISE EXCEPTION 'only administrators manage staff' USING ERRCODE = '42501';
        END IF;
    ELSIF v_role <> 'administrator' THEN
        RAISE EXCEPTION 'only administrators manage staff' USING ERRCODE = '42501';
    END IF;
END
$$;
;--
CREATE FUNCTION desk_staff_target(p_login TEXT) RETURNS public.staff
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_staff public.staff;
BEGIN
    SELECT * INTO v_staff FROM staff WHERE login = p_login;
    IF NOT FOUND OR NOT EXISTS (
        SELECT 1 FROM pg_roles r WHERE r.rolname = p_login AND NOT r.rolsuper
           AND pg_has_role(r.oid, 'desk_staff', 'MEMBER')
           AND NOT pg_has_role(r.oid, 'desk_owner', 'MEMBER') AND NOT pg_has_role(r.oid, 'desk_role_admin', 'MEMBER')) THEN
        RAISE EXCEPTION '"%" is not an IdentityDesk staff member', p_login USING ERRCODE = '42501';
    END IF;
    RETURN v_staff;
END
$$;
;--
CREATE FUNCTION desk_staff_add(p_login TEXT, p_display_name TEXT, p_role TEXT, p_scram_verifier TEXT)
RETURNS BIGINT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_id BIGINT;
BEGIN
    PERFORM desk_require_staff_admin();
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,31}$' OR p_login LIKE 'desk\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION '"%" is not a valid staff login', p_login USING ERRCODE = '22023';
    END IF;
    IF p_role NOT IN ('agent', 'reviewer', 'supervisor', 'administrator') THEN
        RAISE EXCEPTION '"%" is not a staff role', p_role USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_display_name), '') = '' THEN
        RAISE EXCEPTION 'the staff member needs a display name' USING ERRCODE = '22023';
    END IF;
    IF p_scram_verifier IS NULL OR p_scram_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) OR EXISTS (SELECT 1 FROM staff WHERE login = p_login) THEN
        RAISE EXCEPTION 'the staff login "%" is already taken', p_login USING ERRCODE = '23505';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD %L IN ROLE %I',
                   p_login, p_scram_verifier, 'desk_' || p_role);
    -- A transaction left open holds row locks others wait for: such a session is ended.
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '60s');
    INSERT INTO staff (login, display_name, role, password_hash, active, created_at)
    VALUES (p_login, btrim(p_display_name), p_role, NULL, TRUE, clock_timestamp())
    RETURNING id INTO v_id;
    PERFORM desk_audit_append(NULL, 'staff.add', 'staff', p_login, NULL,
                              json_build_object('login', p_login, 'name', btrim(p_display_name), 'role', p_role)::text);
    RETURN v_id;
END
$$;
;--
-- Disabling removes LOGIN and ends the member's open sessions; enabling gives LOGIN back.
CREATE FUNCTION desk_staff_set_active(p_login TEXT, p_active BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_staff public.staff; v_ended INTEGER := 0; v_pid INTEGER;
BEGIN
    PERFORM desk_require_staff_admin();
    v_staff := desk_staff_target(p_login);
    IF p_login = session_user::text AND NOT p_active THEN
        RAISE EXCEPTION 'you cannot disable yourself' USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE staff SET active = p_active WHERE login = p_login;
    IF NOT p_active THEN
        FOR v_pid IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = p_login AND a.pid <> pg_backend_pid() LOOP
            IF pg_terminate_backend(v_pid) THEN
                v_ended := v_ended + 1;
            END IF;
        END LOOP;
    END IF;
    PERFORM desk_audit_append(NULL, CASE WHEN p_active THEN 'staff.enable' ELSE 'staff.disable' END, 'staff', p_login,
                              json_build_object('active', v_staff.active)::text,
                              json_build_object('active', p_active, 'sessions_ended', v_ended)::text);
    RETURN v_ended;
END
$$;
;--
CREATE FUNCTION desk_staff_rename(p_login TEXT, p_display_name TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_staff public.staff;
BEGIN
    PERFORM desk_require_staff_admin();
    v_staff := desk_staff_target(p_login);
    IF coalesce(btrim(p_display_name), '') = '' THEN
        RAISE EXCEPTION 'the staff member needs a display name' USING ERRCODE = '22023';
    END IF;
    UPDATE staff SET display_name = btrim(p_display_name) WHERE login = p_login;
    PERFORM desk_audit_append(NULL, 'staff.rename', 'staff', p_login, json_build_object('name', v_staff.display_name)::text,
                              json_build_object('name', btrim(p_display_name))::text);
END
$$;
;--
CREATE FUNCTION desk_staff_set_password(p_login TEXT, p_scram_verifier TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM desk_require_staff_admin();
    PERFORM desk_staff_target(p_login);
    IF p_scram_verifier IS NULL OR p_scram_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_scram_verifier);
    PERFORM desk_audit_append(NULL, 'staff.password', 'staff', p_login, NULL, '{"password":"reset"}');
END
$$;
;--
-- ---- documents ----
-- Reviewers and supervisors read a document's content only through here; every opening is in the audit log.
CREATE FUNCTION desk_document_open(p_id BIGINT) RETURNS BYTEA
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role(); v_doc record;
BEGIN
    IF v_role IS NOT NULL AND v_role NOT IN ('reviewer', 'supervisor') THEN
        RAISE EXCEPTION 'only reviewers and supervisors open documents' USING ERRCODE = '42501';
    END IF;
    SELECT id, owner_type, owner_id, kind, content INTO v_doc FROM document WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v_role IS NOT NULL THEN
        PERFORM desk_audit_append(NULL, 'document.open', 'document', p_id::text, NULL,
                                  json_build_object('owner_type', v_doc.owner_type, 'owner_id', v_doc.owner_id,
                                                    'kind', v_doc.kind)::text);
    END IF;
    RETURN v_doc.content;
END
$$;
;--
-- ---- the Torch migration carries legacy password hashes without anyone reading them ----
CREATE FUNCTION desk_carry_legacy_password(p_legacy_id BIGINT, p_account_id BIGINT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NOT NULL AND v_role <> 'administrator' THEN
        RAISE EXCEPTION 'only administrators run the migration' USING ERRCODE = '42501';
    END IF;
    -- Only into an account this very transaction created: never over an existing account's password.
    UPDATE account a SET password_hash = l.password_hash
    FROM legacy_account l
    WHERE l.id = p_legacy_id AND a.id = p_account_id AND a.xmin = pg_current_xact_id()::xid AND a.password_hash IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the legacy password can only be carried into an account created by the same migration step'
            USING ERRCODE = '42501';
    END IF;
END
$$;
;--
-- Compares a legacy password hash with a candidate without revealing it (the CSV re-import checks for changes).
CREATE FUNCTION desk_legacy_password_digest(p_legacy_id BIGINT) RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NOT NULL AND v_role <> 'administrator' THEN
        RAISE EXCEPTION 'only administrators import legacy accounts' USING ERRCODE = '42501';
    END IF;
    RETURN (SELECT encode(sha256(convert_to(coalesce(password_hash, ''), 'UTF8')), 'hex')
            FROM legacy_account WHERE id = p_legacy_id);
END
$$;
;--
-- ---- guards on direct writes by staff ----
-- The filer of an appeal, the author of a note or an account event: the server's word, never the client's.
CREATE FUNCTION desk_appeal_insert_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_role = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', session_user USING ERRCODE = '42501';
    END IF;
    NEW.filed_by := session_user::text;
    IF NEW.state <> 'new' OR NEW.claimed_by IS NOT NULL OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL THEN
        RAISE EXCEPTION 'a new appeal starts unclaimed and undecided' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
;--
CREATE TRIGGER desk_appeal_insert_guard BEFORE INSERT ON appeal FOR EACH ROW EXECUTE FUNCTION desk_appeal_insert_guard();
;--
-- The appeal rules, against direct SQL: only reviewers and supervisors claim; only the holder of an unexpired
-- claim decides or keeps it alive; supervisors release and reassign; agents never decide; the staff member who
-- filed an appeal never claims or decides it. What the citizen submitted never changes.
CREATE FUNCTION desk_appeal_update_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_role TEXT := desk_actor_role();
    v_me TEXT := session_user::text;
    v_holder BOOLEAN;
BEGIN
    IF v_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_role = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', v_me USING ERRCODE = '42501';
    END IF;
    IF (NEW.appeal_type, NEW.applicant_name, NEW.organization_name, NEW.uscc, NEW.id_number, NEW.phone, NEW.payload,
        NEW.submitted_at, NEW.external_ref, NEW.filed_by)
       IS DISTINCT FROM
       (OLD.appeal_type, OLD.applicant_name, OLD.organization_name, OLD.uscc, OLD.id_number, OLD.phone, OLD.payload,
        OLD.submitted_at, OLD.external_ref, OLD.filed_by) THEN
        RAISE EXCEPTION 'what the citizen submitted cannot be changed' USING ERRCODE = '42501';
    END IF;
    v_holder := OLD.state = 'claimed' AND OLD.claimed_by = v_me AND OLD.claim_expires_at > now();
    NEW.last_actor := v_me;

    -- Deciding: approve, reject, or ask the user for documents.
    IF NEW.state IN ('approved', 'rejected', 'waiting_for_user') AND NEW.state IS DISTINCT FROM OLD.state
       AND OLD.state = 'claimed' THEN
        IF v_role NOT IN ('reviewer', 'supervisor') THEN
            RAISE EXCEPTION 'only reviewers and supervisors decide appeals' USING ERRCODE = '42501';
        END IF;
        IF NOT v_holder THEN
            RAISE EXCEPTION 'only the holder of an unexpired claim decides appeal %', OLD.id USING ERRCODE = '42501';
        END IF;
        IF OLD.filed_by = v_me THEN
            RAISE EXCEPTION 'you filed appeal % for the caller: another reviewer decides it', OLD.id USING ERRCODE = '42501';
        END IF;
        IF NEW.state <> 'waiting_for_user' AND NEW.decided_by IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'a decision is recorded under the name of who made it' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;

    -- Claiming, taking over an expired claim, or a supervisor reassigning.
    IF NEW.state = 'claimed' AND (OLD.state IS DISTINCT FROM 'claimed' OR NEW.claimed_by IS DISTINCT FROM OLD.claimed_by) THEN
        IF OLD.state = 'waiting_for_user' AND NEW.claimed_by IS NOT DISTINCT FROM OLD.claimed_by THEN
            -- The user's new documents arrived (import): the appeal returns to its reviewer.
            RETURN NEW;
        END IF;
        IF NEW.claimed_by = v_me THEN
            IF v_role NOT IN ('reviewer', 'supervisor') THEN
                RAISE EXCEPTION 'only reviewers and supervisors claim appeals' USING ERRCODE = '42501';
            END IF;
            IF OLD.filed_by = v_me THEN
                RAISE EXCEPTION 'you filed appeal % for the caller: another reviewer handles it', OLD.id USING ERRCODE = '42501';
            END IF;
            IF OLD.state = 'claimed' AND OLD.claimed_by IS DISTINCT FROM v_me AND OLD.claim_expires_at > now()
               AND v_role <> 'supervisor' THEN
                RAISE EXCEPTION 'appeal % is held by %', OLD.id, OLD.claimed_by USING ERRCODE = '42501';
            END IF;
        ELSE
            IF v_role <> 'supervisor' THEN
                RAISE EXCEPTION 'only supervisors assign appeals to others' USING ERRCODE = '42501';
            END IF;
            IF NEW.claimed_by = OLD.filed_by THEN
                RAISE EXCEPTION 'appeal % cannot go to the staff member who filed it', OLD.id USING ERRCODE = '42501';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM staff s WHERE s.login = NEW.claimed_by AND s.active
                           AND s.role IN ('reviewer', 'supervisor')) THEN
                RAISE EXCEPTION '% is not an active reviewer', NEW.claimed_by USING ERRCODE = '42501';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    -- Releasing a claim: its holder or a supervisor.
    IF OLD.state = 'claimed' AND NEW.state = 'new' THEN
        IF NOT (v_holder OR OLD.claimed_by = v_me OR v_role = 'supervisor') THEN
            RAISE EXCEPTION 'only the holder or a supervisor releases appeal %', OLD.id USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;

    -- Keeping a claim alive, or saving work on it, without a change of state.
    IF NEW.state = OLD.state AND OLD.state = 'claimed' THEN
        IF NOT v_holder AND v_role <> 'supervisor' THEN
            RAISE EXCEPTION 'only the holder works on appeal %', OLD.id USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;

    -- The user's side, recorded by whoever imports it: new documents (back to the queue) or a withdrawal.
    IF (OLD.state = 'waiting_for_user' AND NEW.state = 'new')
       OR (NEW.state = 'withdrawn' AND OLD.state IN ('new', 'claimed', 'waiting_for_user')) THEN
        RETURN NEW;
    END IF;

    -- The calendar moved a due time of an open appeal (administrators).
    IF NEW.state = OLD.state AND OLD.state IN ('new', 'waiting_for_user') AND v_role IN ('administrator', 'supervisor')
       AND (NEW.claimed_by, NEW.decided_by, NEW.decided_at, NEW.decision_reason, NEW.account_id)
           IS NOT DISTINCT FROM (OLD.claimed_by, OLD.decided_by, OLD.decided_at, OLD.decision_reason, OLD.account_id) THEN
        RETURN NEW;
    END IF;

    IF NEW.state = OLD.state AND NEW.documents_complete IS DISTINCT FROM OLD.documents_complete
       AND (NEW.claimed_by, NEW.decided_by, NEW.decided_at, NEW.decision_reason, NEW.account_id)
           IS NOT DISTINCT FROM (OLD.claimed_by, OLD.decided_by, OLD.decided_at, OLD.decision_reason, OLD.account_id) THEN
        RETURN NEW;
    END IF;

    RAISE EXCEPTION 'appeal % cannot go from % to % this way', OLD.id, OLD.state, NEW.state USING ERRCODE = '42501';
END
$$;
;--
CREATE TRIGGER desk_appeal_update_guard BEFORE UPDATE ON appeal FOR EACH ROW EXECUTE FUNCTION desk_appeal_update_guard();
;--
-- A staff member changes an account's password hash, reserved phone or legal representative only by approving
-- an appeal for that account in the same transaction. Checked at commit, whatever the order of the statements.
CREATE FUNCTION desk_account_secret_guard() RETURNS TRIGGER
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
CREATE CONSTRAINT TRIGGER desk_account_secret_guard AFTER UPDATE ON account DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION desk_account_secret_guard();
;--
-- A text message is queued by the decision that causes it, in the same transaction, to the phone it names.
CREATE FUNCTION desk_sms_outbox_guard() RETURNS TRIGGER
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
               OR a.state = 'waiting_for_user')) THEN
        RAISE EXCEPTION 'a text message is queued only by the decision that causes it, to the phone it names'
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;
;--
CREATE CONSTRAINT TRIGGER desk_sms_outbox_guard AFTER INSERT ON sms_outbox DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION desk_sms_outbox_guard();
;--
-- Notes and account events carry their author from the server; calls are the only events staff add by hand.
CREATE FUNCTION desk_author_guard() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v_role TEXT := desk_actor_role();
BEGIN
    IF v_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_role = 'inactive' THEN
        RAISE EXCEPTION 'staff member % is disabled', session_user USING ERRCODE = '42501';
    END IF;
    NEW.staff_login := session_user::text;
    -- Staff add calls to an account's history; an approval adds its event; administrators' batch jobs
    -- (migration, imports) add theirs. Nobody writes an approval that did not happen.
    -- (Nested IFs: PL/pgSQL resolves NEW.kind only where the table has it.)
    IF TG_TABLE_NAME = 'account_event' THEN
        IF NEW.kind = 'appeal_approved' THEN
            IF NOT EXISTS (SELECT 1 FROM appeal a WHERE a.account_id = NEW.account_id AND a.state = 'approved'
                              AND a.decided_by = session_user::text AND a.xmin = pg_current_xact_id()::xid) THEN
                RAISE EXCEPTION 'an approval event needs the approval' USING ERRCODE = '42501';
            END IF;
        ELSIF NEW.kind <> 'call' AND v_role <> 'administrator' THEN
            RAISE EXCEPTION 'staff add only calls to an account''s history' USING ERRCODE = '42501';
        END IF;
        NEW.occurred_at := now();
    ELSE
        NEW.created_at := now();
    END IF;
    RETURN NEW;
END
$$;
;--
CREATE TRIGGER desk_appeal_note_author BEFORE INSERT ON appeal_note FOR EACH ROW EXECUTE FUNCTION desk_author_guard();
;--
CREATE TRIGGER desk_account_event_author BEFORE INSERT ON account_event FOR EACH ROW EXECUTE FUNCTION desk_author_guard();
;--
-- ---- privileges ----
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, desk_staff, desk_agent, desk_reviewer, desk_supervisor,
    desk_administrator, desk_sms_sender;
;--
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, desk_staff, desk_agent, desk_reviewer, desk_supervisor,
    desk_administrator, desk_sms_sender;
;--
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
;--
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
;--
GRANT USAGE ON SCHEMA public TO desk_staff, desk_sms_sender, desk_role_admin;
;--
-- Reading: everything but secrets.
GRANT SELECT ON schema_version, business_system, delegation, project, appeal, real_name_review, account_merge,
    holiday_calendar, appeal_note, reason_template, desk_setting, account_event, audit_log TO desk_staff;
;--
GRANT SELECT (id, login, display_name, role, active, created_at) ON staff TO desk_staff;
;--
GRANT SELECT (id, login, kind, name, former_name, uscc, organization_type, legal_rep_name, legal_rep_id_number,
              primary_agent_id, identity_region, id_type, id_number, id_valid_from, id_valid_until, phone, email,
              real_name_status, account_status, merged_into_id, origin, created_at, must_change_password)
    ON account TO desk_staff;
;--
GRANT SELECT (id, system, legacy_login, kind, name, uscc, phone, id_number, registered_at, migration_case,
              platform_account_id, migrated_at, conflict_reason) ON legacy_account TO desk_staff;
;--
GRANT SELECT (id, owner_type, owner_id, kind, file_name, mime_type, size_bytes, sha256, storage_key, uploaded_at)
    ON document TO desk_staff;
;--
GRANT SELECT (id, idempotency_key, phone, state, attempts, next_attempt_at, created_at, sent_at, last_error,
              appeal_id, preview, gateway_message_id) ON sms_outbox TO desk_staff;
;--
-- Writing, each guarded by the triggers above.
GRANT INSERT ON appeal, document, appeal_note TO desk_staff;
;--
GRANT INSERT (account_id, occurred_at, kind, detail) ON account_event TO desk_staff;
;--
GRANT UPDATE (state, account_id, claimed_by, claimed_at, claim_expires_at, decided_by, decided_at, decision_reason,
              reason_code, due_at, waiting_since, sla_remaining_seconds, documents_complete, version)
    ON appeal TO desk_staff;
;--
GRANT UPDATE (password_hash, must_change_password, phone, legal_rep_name, legal_rep_id_number, account_status)
    ON account TO desk_reviewer, desk_supervisor;
;--
GRANT INSERT (idempotency_key, phone, body, preview, appeal_id, state, attempts, next_attempt_at, created_at)
    ON sms_outbox TO desk_reviewer, desk_supervisor;
;--
GRANT INSERT, UPDATE ON account_merge, delegation, project TO desk_supervisor;
;--
-- Administrators' batch jobs: imports and the migration insert accounts (never a password hash: the migration
-- carries legacy hashes with desk_carry_legacy_password) and record legacy accounts.
GRANT INSERT (login, kind, name, former_name, uscc, organization_type, legal_rep_name, legal_rep_id_number,
              primary_agent_id, identity_region, id_type, id_number, id_valid_from, id_valid_until, phone, email,
              real_name_status, account_status, merged_into_id, origin, created_at, must_change_password)
    ON account TO desk_administrator;
;--
GRANT UPDATE (name, former_name, organization_type, primary_agent_id, account_status, merged_into_id)
    ON account TO desk_administrator;
;--
GRANT INSERT ON legacy_account, delegation, project, business_system TO desk_administrator;
;--
GRANT UPDATE (migration_case, platform_account_id, migrated_at, conflict_reason) ON legacy_account TO desk_administrator;
;--
GRANT INSERT, UPDATE, DELETE ON holiday_calendar, reason_template TO desk_administrator;
;--
GRANT INSERT, UPDATE ON desk_setting TO desk_administrator;
;--
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk_staff;
;--
-- The SMS service reads bodies and writes delivery state, nothing else.
GRANT SELECT ON sms_outbox TO desk_sms_sender;
;--
GRANT UPDATE (state, attempts, next_attempt_at, sent_at, last_error, gateway_message_id, body) ON sms_outbox
    TO desk_sms_sender;
;--
GRANT SELECT ON schema_version TO desk_sms_sender;
;--
-- Signing in, the command-line tool looks the service role up among staff (and does not find it).
GRANT SELECT (id, login, display_name, role, active, created_at) ON staff TO desk_sms_sender;
;--
-- The staff functions' owner needs the staff table and the audit append.
GRANT SELECT, INSERT, UPDATE ON staff TO desk_role_admin;
;--
ALTER FUNCTION desk_require_staff_admin() OWNER TO desk_role_admin;
;--
ALTER FUNCTION desk_staff_target(TEXT) OWNER TO desk_role_admin;
;--
ALTER FUNCTION desk_staff_add(TEXT, TEXT, TEXT, TEXT) OWNER TO desk_role_admin;
;--
ALTER FUNCTION desk_staff_set_active(TEXT, BOOLEAN) OWNER TO desk_role_admin;
;--
ALTER FUNCTION desk_staff_rename(TEXT, TEXT) OWNER TO desk_role_admin;
;--
ALTER FUNCTION desk_staff_set_password(TEXT, TEXT) OWNER TO desk_role_admin;
;--
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'desk\_%' AND p.proname NOT LIKE 'desk\_staff\_%'
               AND p.proname <> 'desk_require_staff_admin'
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', r.sig);
    END LOOP;
END
$$;
;--
GRANT EXECUTE ON FUNCTION desk_actor_role(), desk_audit_append(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), desk_audit_head()
    TO desk_staff, desk_role_admin, desk_sms_sender;
;--
GRANT EXECUTE ON FUNCTION desk_require_staff_admin(), desk_staff_target(TEXT), desk_staff_add(TEXT, TEXT, TEXT, TEXT),
    desk_staff_set_active(TEXT, BOOLEAN), desk_staff_rename(TEXT, TEXT), desk_staff_set_password(TEXT, TEXT)
    TO desk_administrator;
;--
GRANT EXECUTE ON FUNCTION desk_document_open(BIGINT) TO desk_reviewer, desk_supervisor;
;--
GRANT EXECUTE ON FUNCTION desk_carry_legacy_password(BIGINT, BIGINT), desk_legacy_password_digest(BIGINT)
    TO desk_administrator;
