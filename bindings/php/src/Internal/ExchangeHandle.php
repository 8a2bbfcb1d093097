<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use FFI;
use FFI\CData;
use SovereignFilter\Session;
use SovereignFilter\Status;

/**
 * One model call through the core's OpenAI-protocol filter (sf_exchange_*): the same rules as
 * sovereign-gateway. This class only moves bytes across FFI; every rule lives in the library.
 * A failed step throws ExchangeFailure carrying the status and the OpenAI-style error the
 * library built (sf_exchange_error). One HTTP request, one thread.
 *
 * @internal used by SovereignFilter\Http
 */
final class ExchangeHandle
{
    private EngineHandle $engine;
    /** Held so the session lives as long as the exchange; dropped by free() (a vault's lock goes with it). */
    private ?Session $session;
    private ?CData $handle;

    public function __construct(EngineHandle $engine, Session $session, string $path)
    {
        $ffi = $engine->ffi;
        $out = $ffi->new('sf_exchange *');
        $status = $ffi->sf_exchange_new($engine->ptr(), $session->handle(), $path, \strlen($path), FFI::addr($out));
        if ($status !== Status::OK || FFI::isNull($out)) {
            throw Errors::forStatus($status === Status::OK ? Status::E_INTERNAL : $status, 'sf_exchange_new');
        }
        $engine->retain();
        $this->engine = $engine;
        $this->session = $session;
        $this->handle = $out;
    }

    public function __destruct()
    {
        $this->free();
    }

    private function __clone()
    {
    }

    /** Frees the native exchange (idempotent); the session goes with the last reference. */
    public function free(): void
    {
        if ($this->handle !== null) {
            $this->engine->ffi->sf_exchange_free($this->handle);
            $this->handle = null;
            $this->session = null;
            $this->engine->release();
        }
    }

    /** The request body to send upstream. */
    public function request(string $body): string
    {
        return $this->step('sf_exchange_request', $body);
    }

    /** The query string to send (without "?"). */
    public function query(string $query): string
    {
        return $this->step('sf_exchange_query', $query);
    }

    /** A whole reply body → what the caller may see. */
    public function reply(string $body): string
    {
        return $this->step('sf_exchange_reply', $body);
    }

    /** Upstream SSE bytes in, the events that may be shown now out. */
    public function push(string $bytes): string
    {
        return $this->step('sf_exchange_stream_push', $bytes);
    }

    /** The end of an SSE reply: the rest. */
    public function finish(): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_exchange_stream_finish($this->ptr(), FFI::addr($out));
            if ($status !== Status::OK) {
                throw $this->failure($status, 'sf_exchange_stream_finish');
            }
            return Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /** One request header → the value to send, or null: it stays behind. */
    public function header(string $name, string $value): ?string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_exchange_header($this->ptr(), $name, \strlen($name), $value, \strlen($value), FFI::addr($out));
            if ($status !== Status::OK) {
                throw $this->failure($status, 'sf_exchange_header');
            }
            return FFI::isNull($out) ? null : Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /**
     * What metrics count (never text): route, and per side verdict, entity counts and rules.
     *
     * @return array{route:string, request:array{verdict:string, entities:array<string,int>, rules:list<string>}, reply:array{verdict:string, entities:array<string,int>, rules:list<string>}}
     */
    public function summary(): array
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_exchange_summary($this->ptr(), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_exchange_summary');
            }
            $json = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        try {
            $doc = json_decode($json, true, 8, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw Errors::internal('sf_exchange_summary returned invalid JSON', $e);
        }
        if (!\is_array($doc) || !\is_array($doc['request'] ?? null) || !\is_array($doc['reply'] ?? null)) {
            throw Errors::internal('sf_exchange_summary returned a malformed summary');
        }
        return $doc;
    }

    private function step(string $function, string $bytes): string
    {
        $ffi = $this->engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->$function($this->ptr(), $bytes, \strlen($bytes), FFI::addr($out));
            if ($status !== Status::OK) {
                throw $this->failure($status, $function);
            }
            return Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
    }

    /** The failure of a step, with the HTTP status and OpenAI-style error body the library built. */
    private function failure(int $status, string $function): ExchangeFailure
    {
        $ffi = $this->engine->ffi;
        $http = $ffi->new('int');
        $out = $ffi->new('sf_buffer *');
        try {
            $ok = $ffi->sf_exchange_error($this->ptr(), FFI::addr($http), FFI::addr($out)) === Status::OK;
            $body = $ok ? Native::read($ffi, $out) : '';
            $code = $ok ? (int) $http->cdata : 0;
        } finally {
            $ffi->sf_buffer_free($out);
        }
        if ($body === '') {
            // No error recorded (an argument error before the step ran): still an OpenAI-style 500.
            $code = 500;
            $body = '{"error":{"message":"the filter failed; nothing was forwarded","type":"server_error","code":"filter_error","param":null}}';
        }
        return new ExchangeFailure($status, $code, $body, $function);
    }

    private function ptr(): CData
    {
        if ($this->handle === null) {
            throw Errors::internal('the exchange has been freed');
        }
        return $this->handle;
    }
}
