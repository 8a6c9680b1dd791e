// The PostgreSQL store's tables, in their own schema `csshell` of the database the URI names:
//
//   store_info      one row: the format and schema version (a newer one is refused), who created it
//                   and when, and the document's members csshell does not know (from an import)
//   gateway         at most one row: the global gateway settings (none: the defaults)
//   partner         one row per partner: its settings, its additional domains (in order), its place
//                   in the stored order
//   partner_domain  one row per domain, primary (ordinal 0, the identity) and additional (1, 2, …),
//                   kept by a trigger on partner, so for every writer: its primary key is what makes a
//                   domain belong to one partner only
//   change          the change history (version 2): one row per entry, written in the transaction of
//                   its change; the time and the database role are the server's (a trigger sets them,
//                   so no client can give others)
//
// Names are stored in lower case (CHECK), so the primary keys are the case-insensitive uniqueness
// the cmdlets promise; COLLATE "C" lets those keys serve LIKE and regular-expression prefixes
// (-Filter 'host12*'). The schema is created by the first change, in its own transaction step
// under the store's lock (PostgreSQLXmppStore); a store of an older version is brought up to this
// one the same way, by its first change (`migrations`).

enum PostgreSQLStoreSchema {
    /// The version this csshell creates and reads; a store with a higher one is refused.
    static let version = 2
    static let format = StoreCodec.documentFormat

    /// The store-wide transaction lock every change takes first (pg_advisory_xact_lock): changes are
    /// decided one at a time, as under the file store's exclusive lock. "csshell" and a 1, as a bigint.
    static let lockKey = "7166465051498581249"   // 0x63737368656C6C01

    /// Waiting longer than this for another shell's change is an error, not a hang.
    static let lockTimeout = "10s"

    /// How a change starts: its transaction, the lock, and the transaction's id (to learn after a
    /// lost connection whether its COMMIT went through).
    static let begin = "BEGIN"
    static let setLockTimeout = "SET LOCAL lock_timeout = '\(lockTimeout)'"
    static let lock = "SELECT pg_advisory_xact_lock(\(lockKey)), txid_current()"
    /// On a store known to exist, the statement after `lock` (in the same round trip): its version and
    /// the gateway settings, which most changes ask for (columns 1 … 9 as in `gateway`). A statement of
    /// its own, because a statement sees what was committed when it started: one that waited for the
    /// lock would not see the change its holder committed (a lost update).
    static let versionAndGateway = """
        SELECT (SELECT version FROM csshell.store_info),
               g.connection_limit, g.dialback_passphrase, g.enable_logging_all_message_bodies, g.keep_alive_interval,
               g.partner_connection_limit, g.stream_establishment_timeout, g.stream_inactivity_timeout,
               g.subscription_refresh_interval, g.unknown_members
          FROM (SELECT 1) AS one LEFT JOIN csshell.gateway g ON true
        """

    static let exists = "SELECT to_regclass('csshell.store_info') IS NOT NULL"
    static let readVersion = "SELECT format, version, unknown_members FROM csshell.store_info"

    /// Version 1, created in one transaction by a role that may create schemas in the database.
    static let create = """
        CREATE SCHEMA IF NOT EXISTS csshell;
        CREATE TABLE csshell.store_info (
            singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            format          text NOT NULL,
            version         integer NOT NULL,
            created_at      timestamptz NOT NULL DEFAULT now(),
            created_by      text NOT NULL DEFAULT session_user,
            unknown_members text
        );
        CREATE TABLE csshell.gateway (
            singleton                         boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            connection_limit                  bigint NOT NULL CHECK (connection_limit BETWEEN 0 AND 4294967295),
            dialback_passphrase               text,
            enable_logging_all_message_bodies boolean NOT NULL,
            keep_alive_interval               bigint NOT NULL CHECK (keep_alive_interval BETWEEN 0 AND 4294967295),
            partner_connection_limit          bigint NOT NULL CHECK (partner_connection_limit BETWEEN 0 AND 4294967295),
            stream_establishment_timeout      bigint NOT NULL CHECK (stream_establishment_timeout BETWEEN 0 AND 4294967295),
            stream_inactivity_timeout         bigint NOT NULL CHECK (stream_inactivity_timeout BETWEEN 0 AND 4294967295),
            subscription_refresh_interval     bigint NOT NULL CHECK (subscription_refresh_interval BETWEEN 0 AND 4294967295),
            unknown_members                   text
        );
        CREATE TABLE csshell.partner (
            identity                     text COLLATE "C" PRIMARY KEY CHECK (identity = lower(identity)),
            position                     bigint NOT NULL UNIQUE,
            additional_domains           text[] NOT NULL DEFAULT '{}',
            connection_limit             bigint NOT NULL CHECK (connection_limit BETWEEN 0 AND 4294967295),
            description                  text CHECK (char_length(description) <= 1024),
            enable_keep_alive            boolean NOT NULL,
            partner_type                 text NOT NULL CHECK (partner_type IN ('Federated', 'PublicVerified', 'PublicUnverified')),
            proxy_fqdn                   text,
            sasl_negotiation             text NOT NULL CHECK (sasl_negotiation IN ('Required', 'Optional', 'NotSupported')),
            support_dialback_negotiation boolean NOT NULL,
            tls_negotiation              text NOT NULL CHECK (tls_negotiation IN ('Required', 'Optional', 'NotSupported')),
            unknown_members              text
        );
        CREATE TABLE csshell.partner_domain (
            domain   text COLLATE "C" CONSTRAINT partner_domain_pkey PRIMARY KEY CHECK (domain = lower(domain)),
            identity text COLLATE "C" NOT NULL REFERENCES csshell.partner (identity) ON DELETE CASCADE ON UPDATE CASCADE,
            ordinal  integer NOT NULL CHECK (ordinal >= 0),
            CHECK ((ordinal = 0) = (domain = identity)),
            UNIQUE (identity, ordinal)
        );
        CREATE FUNCTION csshell.partner_domains() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM csshell.partner_domain WHERE identity IN (OLD.identity, NEW.identity);
            END IF;
            INSERT INTO csshell.partner_domain (domain, identity, ordinal)
            SELECT d, NEW.identity, o - 1 FROM unnest(NEW.identity || NEW.additional_domains) WITH ORDINALITY AS u(d, o);
            RETURN NULL;
        END
        $f$;
        CREATE TRIGGER partner_domains AFTER INSERT OR UPDATE OF identity, additional_domains ON csshell.partner
            FOR EACH ROW EXECUTE FUNCTION csshell.partner_domains();
        INSERT INTO csshell.store_info (format, version) VALUES ('\(format)', \(version));
        """ + "\n" + createHistory

    /// The change history's table (version 2), created with the store or added to a version 1 store.
    static let createHistory = """
        CREATE TABLE csshell.change (
            id       bigint PRIMARY KEY CHECK (id > 0),
            time     timestamptz NOT NULL DEFAULT clock_timestamp(),
            actor    text NOT NULL,
            role     text NOT NULL DEFAULT session_user,
            action   text NOT NULL CHECK (action IN ('New', 'Set', 'Remove', 'Import', 'Undo', 'SetGateway', 'Clear')),
            identity text COLLATE "C",
            command  text NOT NULL,
            before   text,
            after    text
        );
        CREATE INDEX change_time ON csshell.change (time);
        CREATE FUNCTION csshell.change_stamp() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            NEW.time := clock_timestamp();
            NEW.role := session_user;
            RETURN NEW;
        END
        $f$;
        CREATE TRIGGER change_stamp BEFORE INSERT OR UPDATE ON csshell.change
            FOR EACH ROW EXECUTE FUNCTION csshell.change_stamp();
        """

    /// What brings a store of version n (the index + 1) to the next one.
    static let migrations = [
        createHistory + "\nUPDATE csshell.store_info SET version = 2;",
    ]

    /// Entries of one change, numbered after the last one ($1 … $6: arrays of actor, action,
    /// identity, command, before, after).
    static let insertChanges = """
        INSERT INTO csshell.change (id, actor, action, identity, command, before, after)
        SELECT b.last + u.n, u.actor, u.action, u.identity, u.command, u.before, u.after
          FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
               WITH ORDINALITY AS u(actor, action, identity, command, before, after, n)
         CROSS JOIN (SELECT coalesce(max(id), 0) AS last FROM csshell.change) AS b
        """
    /// The history, oldest first: the time as entries show it, the actor with the server's role.
    static let allChanges = """
        SELECT id, to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor || ' (role ' || role || ')',
               action, identity, command, before, after
          FROM csshell.change ORDER BY id
        """
    /// Removes the entries made before $1 (as entries show times: to the millisecond).
    static let clearChanges = "DELETE FROM csshell.change WHERE date_trunc('milliseconds', time) < $1::timestamptz"
    static let historyExists = "SELECT to_regclass('csshell.change') IS NOT NULL"

    // MARK: Reading

    /// A partner's columns, in the order `PostgreSQLStoreView.partner(from:)` reads them.
    static let partnerColumns = """
        SELECT p.identity, p.connection_limit, p.description, p.enable_keep_alive, p.partner_type, p.proxy_fqdn,
               p.sasl_negotiation, p.support_dialback_negotiation, p.tls_negotiation, p.additional_domains,
               p.unknown_members
        """
    /// The partner with identity $1 (a last column 'i') and the one holding domain $1 ('d'): New and
    /// Set ask both about the same name, in one round trip.
    static let partnerByName = partnerColumns + """
        , 'i' FROM csshell.partner p WHERE p.identity = $1
        UNION ALL\n
        """ + partnerColumns + """
        , 'd' FROM csshell.partner p WHERE p.identity = (SELECT identity FROM csshell.partner_domain WHERE domain = $1)
        """
    static let allPartners = partnerColumns + " FROM csshell.partner p ORDER BY p.position"
    static let partnersEqual = partnerColumns + " FROM csshell.partner p WHERE p.identity = $1 ORDER BY p.position"
    static let partnersLike = partnerColumns + " FROM csshell.partner p WHERE p.identity LIKE $1 ESCAPE '\\' ORDER BY p.position"
    static let partnersMatching = partnerColumns + " FROM csshell.partner p WHERE p.identity ~ $1 ORDER BY p.position"
    static let partnerCount = "SELECT count(*) FROM csshell.partner"
    static let gateway = """
        SELECT connection_limit, dialback_passphrase, enable_logging_all_message_bodies, keep_alive_interval,
               partner_connection_limit, stream_establishment_timeout, stream_inactivity_timeout,
               subscription_refresh_interval, unknown_members
          FROM csshell.gateway
        """
    static let holderOfDomain = "SELECT identity FROM csshell.partner_domain WHERE domain = $1"

    // MARK: Access

    /// 't' when the server takes no writes in this session (a hot standby, default_transaction_read_only).
    static let serverReadOnly = "SELECT current_setting('transaction_read_only') = 'on'"
    /// The table privileges that New, Set, Remove and Set-CsXmppGatewayConfiguration need and the role
    /// lacks ("INSERT on csshell.partner, …"), or NULL when it has them all. (Import, a replacement,
    /// also updates store_info; it is not asked here.)
    static let missingChangePrivileges = """
        SELECT string_agg(p || ' on csshell.' || t, ', ' ORDER BY n)
          FROM (VALUES (1, 'partner', 'INSERT'), (2, 'partner', 'UPDATE'), (3, 'partner', 'DELETE'),
                       (4, 'partner_domain', 'INSERT'), (5, 'partner_domain', 'DELETE'),
                       (6, 'gateway', 'INSERT'), (7, 'gateway', 'UPDATE')) AS need(n, t, p)
         WHERE NOT has_table_privilege('csshell.' || t, p)
        """
    /// 't' when the role may create the schema's tables (`create`): CREATE on the database, or on the
    /// schema when it is there already.
    static let mayCreate = """
        SELECT CASE WHEN to_regnamespace('csshell') IS NULL THEN has_database_privilege(current_database(), 'CREATE')
                    ELSE has_schema_privilege('csshell', 'CREATE') END
        """

    // MARK: Writing

    /// Inserts a partner at the end of the stored order, or updates the one with its identity in place
    /// ($1 identity, $2 … $10 the settings in `partnerColumns` order; the trigger writes its domains,
    /// and fails on the primary key of partner_domain when another partner holds one of them).
    static let putPartner = """
        INSERT INTO csshell.partner AS p (identity, position, connection_limit, description, enable_keep_alive, partner_type,
                                          proxy_fqdn, sasl_negotiation, support_dialback_negotiation, tls_negotiation,
                                          additional_domains)
        VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM csshell.partner), $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (identity) DO UPDATE SET
            connection_limit = EXCLUDED.connection_limit, description = EXCLUDED.description,
            enable_keep_alive = EXCLUDED.enable_keep_alive, partner_type = EXCLUDED.partner_type,
            proxy_fqdn = EXCLUDED.proxy_fqdn, sasl_negotiation = EXCLUDED.sasl_negotiation,
            support_dialback_negotiation = EXCLUDED.support_dialback_negotiation, tls_negotiation = EXCLUDED.tls_negotiation,
            additional_domains = EXCLUDED.additional_domains
        """
    static let removePartner = "DELETE FROM csshell.partner WHERE identity = $1"
    static let setGateway = """
        INSERT INTO csshell.gateway (singleton, connection_limit, dialback_passphrase, enable_logging_all_message_bodies,
                                     keep_alive_interval, partner_connection_limit, stream_establishment_timeout,
                                     stream_inactivity_timeout, subscription_refresh_interval, unknown_members)
        VALUES (true, $1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (singleton) DO UPDATE SET
            connection_limit = EXCLUDED.connection_limit, dialback_passphrase = EXCLUDED.dialback_passphrase,
            enable_logging_all_message_bodies = EXCLUDED.enable_logging_all_message_bodies,
            keep_alive_interval = EXCLUDED.keep_alive_interval, partner_connection_limit = EXCLUDED.partner_connection_limit,
            stream_establishment_timeout = EXCLUDED.stream_establishment_timeout,
            stream_inactivity_timeout = EXCLUDED.stream_inactivity_timeout,
            subscription_refresh_interval = EXCLUDED.subscription_refresh_interval, unknown_members = EXCLUDED.unknown_members
        """
    /// A replacement: everything goes (the domains with their partners), then every partner comes in
    /// from arrays, in order (each partner's additional domains as an array's text, $12).
    static let clearPartners = "DELETE FROM csshell.partner"
    static let insertPartners = """
        INSERT INTO csshell.partner (identity, position, connection_limit, description, enable_keep_alive, partner_type,
                                     proxy_fqdn, sasl_negotiation, support_dialback_negotiation, tls_negotiation, unknown_members,
                                     additional_domains)
        SELECT i, n, l, d, k, t, x, s, b, tl, u, a::text[]
          FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::boolean[], $6::text[],
                      $7::text[], $8::text[], $9::boolean[], $10::text[], $11::text[], $12::text[])
               AS r(i, n, l, d, k, t, x, s, b, tl, u, a)
        """
    static let setDocumentMembers = "UPDATE csshell.store_info SET unknown_members = $1"
}
