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
 * One conversation's pseudonym vault: Filter::redact($prompt, $session) turns values into
 * <EMAIL_1>-style tokens, restore() turns them back in the model's reply — or better,
 * checkOutput() / stream() restore them and also guard the reply against leaks, canaries and
 * system-prompt echoes. Use from one request (thread) at a time; keep it between requests with
 * export() / Filter::importSession().
 */
final class Session
{
    private EngineHandle $engine;
    private ?CData $handle;
    /** What the library knows as this session's feature (sf_session_set_feature; not part of export()). */
    private string $feature = FeatureName::DEFAULT;

    /** @internal created by Filter::newSession() and Filter::importSession() */
    public function __construct(EngineHandle $engine, CData $handle)
    {
        // Hold a reference on the engine so it is freed after this session, whatever the order.
        $engine->retain();
        $this->engine = $engine;
        $this->handle = $handle;
    }

    public function __destruct()
    {
        if ($this->handle !== null) {
            $this->engine->ffi->sf_session_free($this->handle);
            $this->handle = null;
        }
        $this->engine->release();
    }

    /** A Session owns a native handle: a copy would free it twice. */
    private function __clone()
    {
    }

    /**
     * Replaces this session's pseudonyms in $text (typically the model's reply) by the original values.
     *
     * @throws SovereignFilterException
     */
    public function restore(string $text): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_restore($this->handle(), $text, \strlen($text), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_restore');
            }
            if (FFI::isNull($out)) {
                throw Errors::internal('sf_restore returned SF_OK without text');
            }
            return Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /**
     * Seals the vault (encrypted and authenticated, printable ASCII) for a session store.
     *
     * @throws SovereignFilterException
     */
    public function export(): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_session_export($this->handle(), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_session_export');
            }
            $sealed = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        if ($sealed === '') {
            throw Errors::internal('sf_session_export returned an empty blob');
        }
        return $sealed;
    }

    /**
     * Writes a vault session (Filter::openVault()) back to the state store, sealed; it expires 24 h
     * after the last write. Call it before a pseudonymized text leaves the process.
     *
     * @throws SovereignFilterException InvalidInputException for a session not from openVault()
     */
    public function save(): void
    {
        $status = $this->engine->ffi->sf_vault_save($this->handle());
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_vault_save');
        }
    }

    /**
     * Records that the Responses-API reply $responseId came from this vault (Filter::openVault() or
     * openResponseVault()), for its identity only: the next request with previous_response_id =
     * $responseId opens it again (Filter::openResponseVault()).
     *
     * @throws SovereignFilterException InvalidInputException for another session or an empty id
     */
    public function linkResponse(string $responseId): void
    {
        $status = $this->engine->ffi->sf_vault_link_response($this->handle(), $responseId, \strlen($responseId));
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_vault_link_response');
        }
    }

    /**
     * Checks the model's reply: restores this session's pseudonyms, redacts PII the customer did not
     * give, blocks on secrets, canaries and system-prompt echoes. Show OutputCheck::$text, never $reply.
     *
     * @throws SovereignFilterException on errors; a block verdict is returned, not thrown
     */
    public function checkOutput(string $reply): OutputCheck
    {
        return Guards::checkOutput($this->engine, $this->handle(), $reply);
    }

    /**
     * A streaming check of one model reply with this session (see Stream).
     *
     * @throws SovereignFilterException AiDisabledException while the kill switch is on for this session's feature
     */
    public function stream(): Stream
    {
        return new Stream($this->engine, $this);
    }

    /**
     * A new random canary marker ("sf-canary-<16 hex>") to put in the system prompt; a reply
     * containing it is blocked by checkOutput() and stream(). Every call registers another one.
     *
     * Not part of export(): register canaries again on an imported session.
     *
     * @throws SovereignFilterException
     */
    public function canary(): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_session_canary($this->handle(), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_session_canary');
            }
            $canary = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        if ($canary === '') {
            throw Errors::internal('sf_session_canary returned an empty canary');
        }
        return $canary;
    }

    /**
     * Registers the system prompt: a reply repeating any 32-byte stretch of it (case and spacing
     * folded) is blocked by checkOutput() and stream(). A prompt shorter than 32 bytes guards nothing.
     *
     * Not part of export(): register it again on an imported session.
     *
     * @throws SovereignFilterException InvalidInputException for invalid UTF-8
     */
    public function setSystemPrompt(string $prompt): void
    {
        $status = $this->engine->ffi->sf_session_set_system_prompt($this->handle(), $prompt, \strlen($prompt));
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_session_set_system_prompt');
        }
    }

    /**
     * Names the feature this conversation belongs to, e.g. "support_chat": while the kill switch
     * is on for it (or globally) redact(), checkOutput() and stream() with this session throw
     * AiDisabledException, and the inference log records it. Default "default".
     *
     * Not part of export(): set it again on an imported session (Filter::importSession($blob, $feature)).
     *
     * @throws SovereignFilterException InvalidInputException unless 1 to 64 ASCII letters, digits, _ or -
     */
    public function setFeature(string $feature): void
    {
        FeatureName::check($feature, 'Session::setFeature');
        $status = $this->engine->ffi->sf_session_set_feature($this->handle(), $feature, \strlen($feature));
        if ($status !== Status::OK) {
            throw Errors::forStatus($status, 'sf_session_set_feature');
        }
        $this->feature = $feature;
    }

    /** The feature set by setFeature() (or newSession()/importSession()), else "default". */
    public function feature(): string
    {
        return $this->feature;
    }

    /** @internal the native sf_session * for Filter::redact(), checkOutput() and Stream */
    public function handle(): CData
    {
        if ($this->handle === null) {
            throw Errors::internal('the session has been freed');
        }
        return $this->handle;
    }
}
