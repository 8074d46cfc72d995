-- When the password last changed: a password someone else set is replaced at first login, and an administrator
-- sees how old a password is.
ALTER TABLE account ADD COLUMN password_changed_at DATETIME(6) NULL;
UPDATE account SET password_changed_at = created_at;

-- Personal API tokens. Only the SHA-256 of a token is stored: a token is 32 random bytes, so a fast hash is
-- enough (nobody guesses 2^256), and a lookup by hash finds it in one indexed read. The prefix is shown, so a
-- person can tell their tokens apart without the secret.
CREATE TABLE api_token (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    account_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    prefix VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_on DATE NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);

-- Every failed login (form, Basic, bearer token), every refused one, and the success that ends a run of
-- failures: the throttle counts them across all nodes, and they are the audit of failed logins. The user name
-- is what was typed (it may not exist); a bad token has none.
CREATE TABLE login_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT,
    username VARCHAR(64) NULL,
    address VARCHAR(45) NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    door VARCHAR(10) NOT NULL,
    PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_login_attempt_username ON login_attempt (username, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (address, attempted_at);
CREATE INDEX ix_login_attempt_at ON login_attempt (attempted_at);
