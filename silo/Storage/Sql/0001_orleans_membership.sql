-- Orleans ADO.NET clustering: the query catalogue and the membership tables.
--
-- The providers read named statements from OrleansQuery (QueryKey, QueryText), bind @-named
-- parameters and read result columns by name (case-insensitively). Every statement below is a
-- single SQL statement, so the catalogue needs no server-side functions.
--
-- Extended membership protocol: one version row per deployment acts as the table's etag.
-- Inserting or updating a silo row succeeds only together with bumping that version from the
-- value the caller read; a caller holding a stale version changes nothing and is told so by a
-- zero count. Row locks on the version row serialise concurrent writers.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT orleans_query_pk PRIMARY KEY (QueryKey)
);

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id varchar(150) NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    changed_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT orleans_membership_version_pk PRIMARY KEY (deployment_id)
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id  varchar(150) NOT NULL,
    address        varchar(45)  NOT NULL,
    port           integer      NOT NULL,
    generation     integer      NOT NULL,
    silo_name      varchar(150) NOT NULL,
    host_name      varchar(150) NOT NULL,
    status         integer      NOT NULL,
    proxy_port     integer      NULL,
    suspect_times  text         NULL,
    start_time     timestamptz  NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    CONSTRAINT orleans_membership_pk PRIMARY KEY (deployment_id, address, port, generation),
    CONSTRAINT orleans_membership_version_fk FOREIGN KEY (deployment_id)
        REFERENCES orleans_membership_version (deployment_id)
);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'InsertMembershipVersionKey',
    -- Creates the deployment's version row; reports 1 when created, 0 when it already existed.
    $q$
    WITH created AS (
        INSERT INTO orleans_membership_version (deployment_id)
        VALUES (@DeploymentId)
        ON CONFLICT (deployment_id) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM created;
    $q$
),
(
    'InsertMembershipKey',
    -- The version is bumped only when it still equals @Version and the silo row is new; the row is
    -- inserted only when the bump happened. Both or neither.
    $q$
    WITH bumped AS (
        UPDATE orleans_membership_version AS v
        SET version = v.version + 1, changed_at = now()
        WHERE v.deployment_id = @DeploymentId
          AND v.version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM orleans_membership AS m
              WHERE m.deployment_id = @DeploymentId AND m.address = @Address
                AND m.port = @Port AND m.generation = @Generation)
        RETURNING v.deployment_id
    ), inserted AS (
        INSERT INTO orleans_membership
            (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port,
             start_time, i_am_alive_time)
        SELECT b.deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
               @StartTime, @IAmAliveTime
        FROM bumped AS b
        ON CONFLICT ON CONSTRAINT orleans_membership_pk DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM inserted;
    $q$
),
(
    'UpdateMembershipKey',
    -- Same etag rule as the insert: the silo row changes only together with the version bump.
    -- IAmAliveTime never moves backwards.
    $q$
    WITH bumped AS (
        UPDATE orleans_membership_version AS v
        SET version = v.version + 1, changed_at = now()
        WHERE v.deployment_id = @DeploymentId
          AND v.version = @Version
          AND EXISTS (
              SELECT 1 FROM orleans_membership AS m
              WHERE m.deployment_id = @DeploymentId AND m.address = @Address
                AND m.port = @Port AND m.generation = @Generation)
        RETURNING v.deployment_id
    ), updated AS (
        UPDATE orleans_membership AS m
        SET status = @Status,
            suspect_times = @SuspectTimes,
            i_am_alive_time = GREATEST(m.i_am_alive_time, @IAmAliveTime)
        FROM bumped AS b
        WHERE m.deployment_id = b.deployment_id AND m.address = @Address
          AND m.port = @Port AND m.generation = @Generation
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM updated;
    $q$
),
(
    'UpdateIAmAlivetimeKey',
    -- A heartbeat: not a membership change, so the version stays as it is.
    $q$
    UPDATE orleans_membership
    SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime)
    WHERE deployment_id = @DeploymentId AND address = @Address
      AND port = @Port AND generation = @Generation;
    $q$
),
(
    'MembershipReadRowKey',
    -- Always one row while the deployment exists: the version, plus the silo's columns when present.
    $q$
    SELECT m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status,
           m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
           m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
    FROM orleans_membership_version AS v
    LEFT JOIN orleans_membership AS m
        ON m.deployment_id = v.deployment_id AND m.address = @Address
       AND m.port = @Port AND m.generation = @Generation
    WHERE v.deployment_id = @DeploymentId;
    $q$
),
(
    'MembershipReadAllKey',
    $q$
    SELECT m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status,
           m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
           m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
    FROM orleans_membership_version AS v
    LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
    WHERE v.deployment_id = @DeploymentId;
    $q$
),
(
    'GatewaysQueryKey',
    $q$
    SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
    FROM orleans_membership
    WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
    $q$
),
(
    'DeleteMembershipTableEntriesKey',
    $q$
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
    DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
    $q$
),
(
    'CleanupDefunctSiloEntriesKey',
    -- Removes silos declared dead (SiloStatus.Dead = 6) whose last heartbeat predates the cutoff.
    $q$
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId
      AND status = 6
      AND i_am_alive_time < @IAmAliveTime;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE
    SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
