<?php

declare(strict_types=1);

namespace SovereignFilter;

use FFI;
use FFI\CData;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Internal\EngineHandle;
use SovereignFilter\Internal\Errors;
use SovereignFilter\Internal\FeatureName;
use SovereignFilter\Internal\Guards;
use SovereignFilter\Internal\Native;

/**
 * A SovereignFilter engine: finds PII and secrets in text and replaces them before the text
 * leaves the process (e.g. in an LLM prompt).
 *
 * Every method either returns a complete result or throws a SovereignFilterException; no text is
 * ever returned after an error (fail closed). Offsets are UTF-8 byte offsets (use substr, not
 * mb_substr).
 */
final class Filter
{
    /** Major version of the C ABI this binding was written for; a library with another major is refused. */
    public const BINDING_MAJOR = 0;
    public const BINDING_VERSION = '0.1.0';

    private EngineHandle $engine;

    /**
     * @param string|null $policyJson policy document (see the project README "Policy"); null: built-in default
     * @param string|null $library    path of libsovereign_filter.so; null: $SOVEREIGN_FILTER_LIB, else <repo>/dist/lib
     *
     * @throws SovereignFilterException PolicyException for a bad policy, InternalException when the library is missing
     */
    public function __construct(?string $policyJson = null, ?string $library = null)
    {
        $ffi = Native::load($library);

        $number = (int) $ffi->sf_version_number();
        if (intdiv($number, 10000) !== self::BINDING_MAJOR) {
            throw Errors::internal(sprintf(
                'SovereignFilter library version %s (%d) has major %d; this binding needs major %d',
                (string) $ffi->sf_version(),
                $number,
                intdiv($number, 10000),
                self::BINDING_MAJOR
            ));
        }

        $engine = $ffi->new('sf_engine *');
        $error = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_engine_new(
                $policyJson,
                $policyJson === null ? 0 : \strlen($policyJson),
                FFI::addr($engine),
                FFI::addr($error)
            );
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_engine_new', Native::read($ffi, $error));
            }
        } finally {
            $ffi->sf_buffer_free($error);
        }
        if (FFI::isNull($engine)) {
            throw Errors::internal('sf_engine_new returned SF_OK without an engine');
        }
        $this->engine = new EngineHandle($ffi, $engine);
    }

    public function __destruct()
    {
        $this->engine->release();
    }

    /** A Filter owns a native handle: a copy would free it twice. */
    private function __clone()
    {
    }

    /** The library's version string, e.g. "0.1.0". */
    public function version(): string
    {
        return (string) $this->engine->ffi->sf_version();
    }

    /**
     * Finds PII and secrets without changing the text.
     *
     * @return list<array{start:int,end:int,type:string,score:float}> sorted, non-overlapping, byte offsets
     *
     * @throws SovereignFilterException
     */
    public function scan(string $text): array
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_scan($this->engine->ptr(), $text, \strlen($text), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_scan');
            }
            $json = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        return self::decodeFindings($json);
    }

    /**
     * Replaces every finding by its policy operator. Without a session the default is "[EMAIL]";
     * with one it is a restorable pseudonym "<EMAIL_1>" (see Session::restore()).
     *
     * @throws SovereignFilterException BlockedException when a policy operator is "block",
     *                                  AiDisabledException while the kill switch is on for the session's feature
     */
    public function redact(string $text, ?Session $session = null): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_redact(
                $this->engine->ptr(),
                $session?->handle(),
                $text,
                \strlen($text),
                FFI::addr($out),
                null
            );
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_redact');
            }
            if (FFI::isNull($out)) {
                throw Errors::internal('sf_redact returned SF_OK without text');
            }
            return Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /**
     * A new, empty pseudonym vault for one conversation.
     *
     * @param string|null $feature the feature it belongs to (see Session::setFeature()); null: "default"
     *
     * @throws SovereignFilterException InvalidInputException for an invalid feature name
     */
    public function newSession(?string $feature = null): Session
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::newSession'); // before allocating anything
        }
        $handle = $this->engine->ffi->sf_session_new($this->engine->ptr());
        if ($handle === null) {
            throw Errors::internal('sf_session_new failed (out of memory?)');
        }
        $session = new Session($this->engine, $handle);
        if ($feature !== null) {
            $session->setFeature($feature); // on failure $session is freed by its destructor
        }
        return $session;
    }

    /**
     * Opens a vault sealed by Session::export() (same key: policy session_key or
     * $SOVEREIGN_FILTER_SESSION_KEY, else only the exporting process).
     *
     * The feature is NOT part of the sealed blob: an imported session is "default" unless
     * $feature is given (or Session::setFeature() is called), so pass it every time.
     *
     * @throws SovereignFilterException InvalidInputException for a tampered, truncated or foreign blob
     *                                  or an invalid feature name
     */
    public function importSession(string $sealed, ?string $feature = null): Session
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::importSession');
        }
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_session *');
        $status = $ffi->sf_session_import($this->engine->ptr(), $sealed, \strlen($sealed), FFI::addr($out));
        if ($status !== Status::OK) {
            // The header promises *out is NULL on error; free anyway in case it is not (NULL is a no-op).
            $ffi->sf_session_free($out);
            throw Errors::forStatus($status, 'sf_session_import');
        }
        if (FFI::isNull($out)) {
            throw Errors::internal('sf_session_import returned SF_OK without a session');
        }
        $session = new Session($this->engine, $out);
        if ($feature !== null) {
            $session->setFeature($feature);
        }
        return $session;
    }

    /**
     * The vault of one conversation of one caller, kept in the engine's state store (the policy's
     * "state_dir", shared by every worker): $identity is who YOUR APPLICATION says is calling (a
     * customer id, a session id it trusts; never something the shopper chooses), $sessionId the
     * conversation's id. The same conversation id under another identity is another vault; a vault
     * that does not open under this key and name is refused, never replaced by an empty one. The
     * session holds the conversation's lock until it is freed (the conversation's requests run one
     * after another); Session::save() writes it back. Vaults are shared between workers when they
     * share the sealing key (policy "session_key" or $SOVEREIGN_FILTER_SESSION_KEY).
     *
     * @throws SovereignFilterException InvalidInputException for an empty identity or id or a vault that
     *                                  does not open, SessionFullException, InternalException when the
     *                                  store cannot be reached or the lock is busy for 30 s
     */
    public function openVault(string $identity, string $sessionId, ?string $feature = null): Session
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::openVault');
        }
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_session *');
        $status = $ffi->sf_vault_open(
            $this->engine->ptr(),
            $identity,
            \strlen($identity),
            $sessionId,
            \strlen($sessionId),
            FFI::addr($out)
        );
        if ($status !== Status::OK) {
            $ffi->sf_session_free($out);
            throw Errors::forStatus($status, 'sf_vault_open');
        }
        if (FFI::isNull($out)) {
            throw Errors::internal('sf_vault_open returned SF_OK without a session');
        }
        $session = new Session($this->engine, $out);
        if ($feature !== null) {
            $session->setFeature($feature);
        }
        return $session;
    }

    /**
     * Keeps the session's vault in the engine's state store — the fleet's Redis when the policy (or
     * $SOVEREIGN_FILTER_REDIS_URL) names one — instead of sealing it into the customer session: any web
     * node continues the conversation. $scope names the caller and the conversation (e.g.
     * "customer:42/chat:7"); Redis sees only a keyed hash of it. Sealed as export() does: every node
     * needs the same policy session_key (or $SOVEREIGN_FILTER_SESSION_KEY).
     *
     * @throws SovereignFilterException InternalException when the store cannot be reached (nothing
     *                                  written), InvalidInputException for an empty scope or a bad TTL
     */
    public function saveVault(Session $session, string $scope, int $ttlSeconds = 86400): void
    {
        $status = $this->engine->ffi->sf_vault_put($this->engine->ptr(), $session->handle(), $scope, \strlen($scope), $ttlSeconds);
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_vault_put');
        }
    }

    /**
     * The vault saveVault() kept under $scope, or a new empty session when there is none (or it
     * expired). Pass $feature every time: it is not part of the vault.
     *
     * @throws SovereignFilterException InternalException when the store cannot be reached,
     *                                  InvalidInputException for a vault that does not open under this scope
     */
    public function loadVault(string $scope, ?string $feature = null): Session
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::loadVault');
        }
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_session *');
        $status = $ffi->sf_vault_get($this->engine->ptr(), $scope, \strlen($scope), FFI::addr($out));
        if ($status !== Status::OK) {
            $ffi->sf_session_free($out);
            throw Errors::forStatus($status, 'sf_vault_get');
        }
        if (FFI::isNull($out)) {
            throw Errors::internal('sf_vault_get returned SF_OK without a session');
        }
        $session = new Session($this->engine, $out);
        if ($feature !== null) {
            $session->setFeature($feature);
        }
        return $session;
    }

    /**
     * The vault of a Responses-API conversation continued by previous_response_id (no conversation
     * id): the vault that answered $previousResponseId if this identity linked it
     * (Session::linkResponse()), else a new one. Locking and saving as for openVault().
     *
     * @throws SovereignFilterException as openVault()
     */
    public function openResponseVault(string $identity, string $previousResponseId, ?string $feature = null): Session
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::openResponseVault');
        }
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_session *');
        $status = $ffi->sf_vault_open_response(
            $this->engine->ptr(),
            $identity,
            \strlen($identity),
            $previousResponseId,
            \strlen($previousResponseId),
            FFI::addr($out)
        );
        if ($status !== Status::OK) {
            $ffi->sf_session_free($out);
            throw Errors::forStatus($status, 'sf_vault_open_response');
        }
        if (FFI::isNull($out)) {
            throw Errors::internal('sf_vault_open_response returned SF_OK without a session');
        }
        $session = new Session($this->engine, $out);
        if ($feature !== null) {
            $session->setFeature($feature);
        }
        return $session;
    }

    /** @internal the engine handle, for the HTTP adapters (SovereignFilter\Http) */
    public function engineHandle(): EngineHandle
    {
        return $this->engine;
    }

    /**
     * Whether the kill switch is on globally or for $feature (null: the global switch only).
     * While it is on, redact(), checkOutput() and stream() with that feature's sessions throw
     * AiDisabledException; checkPrompt() and calls without a session count as feature "default"
     * (they stop with the global switch or the "default" one). Cheap enough to call before every
     * LLM request: the switch file is re-read at most every "kill_switch_recheck_ms" (policy;
     * default 1000).
     *
     * @throws SovereignFilterException InvalidInputException for an invalid feature name
     */
    public function isDisabled(?string $feature = null): bool
    {
        if ($feature === null) {
            return $this->engine->ffi->sf_engine_killed($this->engine->ptr(), null, 0) !== 0;
        }
        FeatureName::check($feature, 'Filter::isDisabled');
        return $this->engine->ffi->sf_engine_killed($this->engine->ptr(), $feature, \strlen($feature)) !== 0;
    }

    /**
     * Turns the kill switch on or off, globally ($feature null) or for one feature, recording
     * why and who. The switch is killswitch.json in the policy's "state_dir" (else
     * $SOVEREIGN_FILTER_STATE_DIR, else /var/tmp/sovereign-filter), written atomically: every
     * process (FPM worker, CLI, cron) sharing that directory sees it within its recheck interval.
     *
     * @throws SovereignFilterException InvalidInputException for an invalid feature name,
     *                                  InternalException when the state cannot be written
     */
    public function setKillSwitch(bool $on, ?string $feature, string $reason, string $by): void
    {
        if ($feature !== null) {
            FeatureName::check($feature, 'Filter::setKillSwitch');
        }
        $status = $this->engine->ffi->sf_kill_switch_set(
            $this->engine->ptr(),
            $on ? 1 : 0,
            $feature,
            $feature === null ? 0 : \strlen($feature),
            $reason,
            \strlen($reason),
            $by,
            \strlen($by)
        );
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_kill_switch_set');
        }
    }

    /**
     * Scores a customer prompt for injection and extraction attempts (instruction override, role
     * play, system-prompt extraction, bulk data extraction, encoded payloads). A 'block' verdict is
     * a score, not an error: it is returned, not thrown. The threshold is the policy's
     * "prompt_threshold" (default 0.7).
     *
     * @return array{verdict: 'allow'|'block', risk: float, rules: list<string>}
     *
     * @throws SovereignFilterException on errors (e.g. InvalidInputException for invalid UTF-8;
     *                                  AiDisabledException while the global or "default" kill switch is on)
     */
    public function checkPrompt(string $text): array
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_check_prompt($this->engine->ptr(), $text, \strlen($text), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_check_prompt');
            }
            if (FFI::isNull($out)) {
                throw Errors::internal('sf_check_prompt returned SF_OK without a result');
            }
            $json = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        return Guards::decodePromptCheck($json);
    }

    /**
     * Checks a model reply before the customer sees it: restores $session's pseudonyms, redacts PII
     * the customer did not give, blocks on secrets, on a policy "block" operator, on the session's
     * canaries and on echoes of its system prompt. Show OutputCheck::$text, never $reply.
     * Same as $session->checkOutput($reply) when a session is given.
     *
     * @throws SovereignFilterException on errors; a block verdict is returned, not thrown
     */
    public function checkOutput(string $reply, ?Session $session = null): OutputCheck
    {
        return Guards::checkOutput($this->engine, $session?->handle(), $reply);
    }

    /**
     * A streaming check of one model reply (see Stream); with a session, pseudonyms are restored
     * and its canaries and system prompt guarded. Same as $session->stream() when a session is given.
     *
     * @throws SovereignFilterException
     */
    public function stream(?Session $session = null): Stream
    {
        return new Stream($this->engine, $session);
    }

    /** @return list<array{start:int,end:int,type:string,score:float}> */
    private static function decodeFindings(string $json): array
    {
        try {
            $doc = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw Errors::internal('sf_scan returned invalid JSON: ' . $e->getMessage(), $e);
        }
        if (!\is_array($doc) || !isset($doc['spans']) || !\is_array($doc['spans'])) {
            throw Errors::internal('sf_scan returned JSON without a "spans" array');
        }
        $spans = [];
        foreach ($doc['spans'] as $span) {
            if (!\is_array($span) || !\is_int($span['start'] ?? null) || !\is_int($span['end'] ?? null)
                || !\is_string($span['type'] ?? null) || !(\is_int($span['score'] ?? null) || \is_float($span['score'] ?? null))) {
                throw Errors::internal('sf_scan returned a malformed span');
            }
            $spans[] = [
                'start' => $span['start'],
                'end' => $span['end'],
                'type' => $span['type'],
                'score' => (float) $span['score'],
            ];
        }
        return $spans;
    }
}
