<?php

declare(strict_types=1);

namespace SovereignFilter;

use FFI;
use FFI\CData;
use SovereignFilter\Exception\BlockedException;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Internal\EngineHandle;
use SovereignFilter\Internal\Errors;
use SovereignFilter\Internal\FeatureName;
use SovereignFilter\Internal\Guards;
use SovereignFilter\Internal\Native;

/**
 * Checks a streamed model reply chunk by chunk (Session::stream(), Filter::stream()).
 *
 * push() returns what is safe to show now — chunks may split anywhere, also inside a UTF-8
 * character — and finish() the rest; together they are exactly Filter::checkOutput() of the whole
 * reply. Only a short tail (256 bytes) is held back where a pseudonym, a card number or a canary
 * may still be completing.
 *
 * A BlockedException from push() or finish() means: stop, show a refusal. Nothing unsafe was
 * returned before it. After a block or any other error the stream is dead: every further call
 * throws again (fail closed). Use from one request (thread) at a time.
 */
final class Stream
{
    private EngineHandle $engine;
    /** Held so the session (and its engine) outlive this stream whatever the destruction order. */
    private ?Session $session;
    private ?CData $handle = null;
    /** The status that ended the stream early (SF_BLOCKED or an error), null while it is healthy. */
    private ?int $failure = null;
    /** Set by a successful finish(): 'allow' or 'redact'. */
    private ?string $verdict = null;

    /**
     * @internal created by Session::stream() and Filter::stream()
     *
     * @throws SovereignFilterException AiDisabledException while the kill switch is on for the
     *                                  session's feature, InternalException when the library cannot
     *                                  create the stream
     */
    public function __construct(EngineHandle $engine, ?Session $session = null)
    {
        $handle = $engine->ffi->sf_stream_new($engine->ptr(), $session?->handle());
        if ($handle === null) {
            // The C ABI returns no status here: the kill switch, out of memory or an internal failure.
            // Ask the switch (same engine, same cached state) to tell the first from the others.
            $feature = $session?->feature() ?? FeatureName::DEFAULT;
            if ($engine->ffi->sf_engine_killed($engine->ptr(), $feature, \strlen($feature)) !== 0) {
                throw Errors::forStatus(Status::E_DISABLED, 'sf_stream_new', sprintf('feature "%s"', $feature));
            }
            throw Errors::internal('sf_stream_new failed (no stream returned: out of memory or internal error)');
        }
        $engine->retain();
        $this->engine = $engine;
        $this->session = $session;
        $this->handle = $handle;
    }

    public function __destruct()
    {
        if ($this->handle === null) {
            return; // the constructor failed before owning anything
        }
        $this->engine->ffi->sf_stream_free($this->handle);
        $this->handle = null;
        $this->session = null;
        $this->engine->release();
    }

    /** A Stream owns a native handle: a copy would free it twice. */
    private function __clone()
    {
    }

    /**
     * Feeds the next chunk of the reply; returns the text that is safe to show now (possibly '').
     *
     * @throws BlockedException         the reply must not be shown (also for every call after a block)
     * @throws SovereignFilterException on errors (e.g. InvalidInputException for invalid UTF-8,
     *                                  AiDisabledException once the kill switch is turned on), or
     *                                  InvalidInputException after finish()
     */
    public function push(string $chunk): string
    {
        $handle = $this->usableHandle('sf_stream_push');
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_stream_push($handle, $chunk, \strlen($chunk), FFI::addr($out));
            if ($status !== Status::OK) {
                throw $this->end($status, 'sf_stream_push');
            }
            if (FFI::isNull($out)) {
                throw $this->end(Status::E_INTERNAL, 'sf_stream_push', 'SF_OK without text');
            }
            return $this->read($out, 'sf_stream_push');
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /**
     * Ends the reply; returns the text held back so far. verdict() is then 'allow' or 'redact'.
     *
     * @throws BlockedException         the reply must not be shown
     * @throws SovereignFilterException on errors (e.g. a reply ending inside a UTF-8 character), or
     *                                  InvalidInputException when called twice
     */
    public function finish(): string
    {
        $handle = $this->usableHandle('sf_stream_finish');
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        $verdict = $ffi->new('sf_verdict');
        $verdict->cdata = 2; // SF_VERDICT_BLOCK until the library says otherwise
        try {
            $status = $ffi->sf_stream_finish($handle, FFI::addr($out), FFI::addr($verdict));
            if ($status !== Status::OK) {
                throw $this->end($status, 'sf_stream_finish');
            }
            if (FFI::isNull($out)) {
                throw $this->end(Status::E_INTERNAL, 'sf_stream_finish', 'SF_OK without text');
            }
            $value = (int) $verdict->cdata;
            if ($value !== 0 && $value !== 1) {
                // SF_OK must come with allow or redact; anything else is not safe to show.
                throw $this->end(Status::E_INTERNAL, 'sf_stream_finish', "SF_OK with verdict $value");
            }
            $text = $this->read($out, 'sf_stream_finish');
            $this->verdict = Guards::verdictName($value, 'sf_stream_finish');
            return $text;
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /**
     * 'allow' or 'redact' after a successful finish(), 'block' once the stream was blocked.
     *
     * @throws SovereignFilterException before finish(), or the error that ended the stream
     */
    public function verdict(): string
    {
        if ($this->failure === Status::BLOCKED) {
            return OutputCheck::BLOCK;
        }
        if ($this->failure !== null) {
            throw Errors::forStatus($this->failure, 'Stream::verdict', 'the stream ended with an error');
        }
        if ($this->verdict === null) {
            throw Errors::forStatus(Status::E_INVALID_ARGUMENT, 'Stream::verdict', 'call finish() first');
        }
        return $this->verdict;
    }

    /** Whether the stream was blocked (by push() or finish()). */
    public function isBlocked(): bool
    {
        return $this->failure === Status::BLOCKED;
    }

    /** Whether finish() has succeeded. */
    public function isFinished(): bool
    {
        return $this->verdict !== null;
    }

    private function usableHandle(string $function): CData
    {
        if ($this->failure !== null) {
            throw Errors::forStatus($this->failure, $function, 'the stream already ended');
        }
        if ($this->verdict !== null) {
            throw Errors::forStatus(Status::E_INVALID_ARGUMENT, $function, 'the stream is finished');
        }
        if ($this->handle === null) {
            throw Errors::internal('the stream has been freed');
        }
        return $this->handle;
    }

    /** Marks the stream dead with $status and returns the exception to throw. */
    private function end(int $status, string $function, ?string $detail = null): SovereignFilterException
    {
        $this->failure = $status;
        return $status === Status::E_INTERNAL && $detail !== null
            ? Errors::internal("$function: $detail")
            : Errors::forStatus($status, $function, $detail);
    }

    private function read(CData $buffer, string $function): string
    {
        try {
            return Native::read($this->engine->ffi, $buffer);
        } catch (SovereignFilterException $e) {
            $this->failure = Status::E_INTERNAL;
            throw $e;
        }
    }
}
