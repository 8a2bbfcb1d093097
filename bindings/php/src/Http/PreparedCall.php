<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Message\RequestInterface;
use SovereignFilter\Internal\ExchangeHandle;

/**
 * One model call between its request and the end of its reply: the filtered request to send, the
 * exchange that filters the reply (it holds the conversation's vault and its lock), and the
 * summary hook, called once when the call ends.
 *
 * @internal
 */
final class PreparedCall
{
    public RequestInterface $request;
    private bool $done = false;

    /** @param callable|null $onSummary */
    public function __construct(
        public readonly ExchangeHandle $exchange,
        private readonly RequestInterface $original,
        private readonly mixed $onSummary
    ) {
        $this->request = $original;
    }

    /** The call ended (reply filtered, refused, or the stream finished): report it, free the exchange and the vault's lock. */
    public function done(): void
    {
        if ($this->done) {
            return;
        }
        $this->done = true;
        try {
            if ($this->onSummary !== null) {
                ($this->onSummary)($this->exchange->summary(), $this->original);
            }
        } finally {
            $this->exchange->free();
        }
    }

    public function __destruct()
    {
        $this->done();
    }
}
