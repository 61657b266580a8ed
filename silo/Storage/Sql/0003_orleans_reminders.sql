-- Orleans ADO.NET reminder table.
--
-- grain_hash is the grain id's uniform hash as a signed 32-bit integer. The reminder service asks
-- for the reminders whose hash lies in a ring range (begin, end]; the provider picks
-- ReadRangeRows1Key when begin < end in signed order and ReadRangeRows2Key when the range wraps
-- around (begin >= end, which includes the full ring).
--
-- period_ms is the reminder period in milliseconds. version is the reminder's etag: an upsert
-- bumps it, a delete must name the current one.

CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    varchar(150) NOT NULL,
    grain_id      text         NOT NULL,
    reminder_name varchar(150) NOT NULL,
    start_time    timestamptz  NOT NULL,
    period_ms     bigint       NOT NULL,
    grain_hash    integer      NOT NULL,
    version       integer      NOT NULL,
    CONSTRAINT orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS orleans_reminder_by_hash ON orleans_reminder (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpsertReminderRowKey',
    $q$
    INSERT INTO orleans_reminder AS r
        (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    ON CONFLICT ON CONSTRAINT orleans_reminder_pk DO UPDATE
        SET start_time = EXCLUDED.start_time,
            period_ms = EXCLUDED.period_ms,
            grain_hash = EXCLUDED.grain_hash,
            version = r.version + 1
    RETURNING r.version AS Version;
    $q$
),
(
    'ReadReminderRowsKey',
    $q$
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime,
           period_ms AS Period, version AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId AND grain_id = @GrainId;
    $q$
),
(
    'ReadReminderRowKey',
    $q$
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime,
           period_ms AS Period, version AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;
    $q$
),
(
    'ReadRangeRows1Key',
    $q$
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime,
           period_ms AS Period, version AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;
    $q$
),
(
    'ReadRangeRows2Key',
    $q$
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime,
           period_ms AS Period, version AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
    $q$
),
(
    'DeleteReminderRowKey',
    -- Always one row: 1 when the reminder at that version was deleted, 0 otherwise.
    $q$
    WITH deleted AS (
        DELETE FROM orleans_reminder
        WHERE service_id = @ServiceId AND grain_id = @GrainId
          AND reminder_name = @ReminderName AND version = @Version
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM deleted;
    $q$
),
(
    'DeleteReminderRowsKey',
    $q$
    DELETE FROM orleans_reminder WHERE service_id = @ServiceId;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE
    SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
