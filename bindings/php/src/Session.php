<?php

declare(strict_types=1);

namespace SovereignFilter;

use FFI;
use FFI\CData;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Internal\EngineHandle;
use SovereignFilter\Internal\Errors;
use SovereignFilter\Internal\Native;

/**
 * One conversation's pseudonym vault: Filter::redact($prompt, $session) turns values into
 * <EMAIL_1>-style tokens, restore() turns them back in the model's reply. Use from one request
 * (thread) at a time; keep it between requests with export() / Filter::importSession().
 */
final class Session
{
    private EngineHandle $engine;
    private ?CData $handle;

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

    /** @internal the native sf_session * for Filter::redact() */
    public function handle(): CData
    {
        if ($this->handle === null) {
            throw Errors::internal('the session has been freed');
        }
        return $this->handle;
    }
}
