<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Message\StreamInterface;
use SovereignFilter\Internal\ExchangeFailure;

/**
 * A streamed (text/event-stream) model reply as the caller reads it: every read pulls upstream
 * bytes through the library's SSE filter (sf_exchange_stream_push) and returns the events that are
 * safe now — a pseudonym or a card number cut across events is held back until it is complete, then
 * restored or redacted. At the upstream's end the rest comes from sf_exchange_stream_finish.
 *
 * A block mid-stream: with on_block "exception" the read throws (BlockedException, ...) after
 * everything safe was returned; with "response" the stream ends with the library's SSE error
 * event(s). Nothing held back is released after a failure. Read-only, not seekable.
 *
 * Parameter types are left off and return types kept so it implements psr/http-message 1.x and 2.x.
 *
 * @internal
 */
final class FilteredEventStream implements StreamInterface
{
    private string $buffer = '';
    private bool $ended = false;
    private int $position = 0;
    private ?PreparedCall $call;

    public function __construct(private StreamInterface $upstream, PreparedCall $call, private readonly bool $throw)
    {
        $this->call = $call;
    }

    public function read($length): string
    {
        $length = (int) $length;
        while ($this->buffer === '' && !$this->ended) {
            $this->pull();
        }
        $piece = substr($this->buffer, 0, max(1, $length));
        $this->buffer = (string) substr($this->buffer, \strlen($piece));
        $this->position += \strlen($piece);
        return $piece;
    }

    /** One upstream read through the filter; at the upstream's end, the rest. */
    private function pull(): void
    {
        $call = $this->call;
        if ($call === null) {
            $this->ended = true;
            return;
        }
        try {
            $chunk = $this->upstream->eof() ? '' : $this->upstream->read(8192);
            if ($chunk !== '') {
                $this->buffer .= $call->exchange->push($chunk);
                return;
            }
            if (!$this->upstream->eof()) {
                return; // nothing yet, not the end: read again
            }
            $this->buffer .= $call->exchange->finish();
            $this->end();
        } catch (ExchangeFailure $f) {
            $this->end(ExchangeFailure::errorCode($f->body));
            if ($this->throw) {
                throw $f->exception();
            }
            $this->buffer .= $f->body; // the SSE error event(s) that end the stream
        } catch (\Throwable $e) {
            // The upstream broke off: nothing held back is released; the caller sees its error.
            $this->end();
            throw $e;
        }
    }

    private function end(?string $refusal = null): void
    {
        $this->ended = true;
        $call = $this->call;
        $this->call = null;
        $call?->done($refusal);
        $this->upstream->close();
    }

    public function eof(): bool
    {
        return $this->ended && $this->buffer === '';
    }

    public function getContents(): string
    {
        $out = '';
        while (!$this->eof()) {
            $out .= $this->read(65536);
        }
        return $out;
    }

    public function __toString(): string
    {
        return $this->getContents();
    }

    public function close(): void
    {
        if (!$this->ended) {
            $this->ended = true;
            $this->buffer = '';
            $call = $this->call;
            $this->call = null;
            $call?->done();
            $this->upstream->close();
        }
    }

    public function detach()
    {
        $this->close();
        return null;
    }

    public function getSize(): ?int
    {
        return null;
    }

    public function tell(): int
    {
        return $this->position;
    }

    public function isSeekable(): bool
    {
        return false;
    }

    public function seek($offset, $whence = SEEK_SET): void
    {
        throw new \RuntimeException('a filtered event stream is not seekable');
    }

    public function rewind(): void
    {
        throw new \RuntimeException('a filtered event stream is not seekable');
    }

    public function isWritable(): bool
    {
        return false;
    }

    public function write($string): int
    {
        throw new \RuntimeException('a filtered event stream is not writable');
    }

    public function isReadable(): bool
    {
        return true;
    }

    public function getMetadata($key = null)
    {
        return $key === null ? [] : null;
    }
}
