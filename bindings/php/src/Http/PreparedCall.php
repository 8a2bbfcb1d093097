<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Message\RequestInterface;
use SovereignFilter\Internal\ExchangeHandle;
use SovereignFilter\Session;

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

    /**
     * @param callable|null $onSummary
     * @param Session|null  $linkTo    a caller's vault: the reply's Responses-API id is linked to it
     */
    public function __construct(
        public readonly ExchangeHandle $exchange,
        private readonly RequestInterface $original,
        private readonly mixed $onSummary,
        private ?Session $linkTo = null,
        private ?\Closure $onDone = null
    ) {
        $this->request = $original;
    }

    /**
     * The call ended (reply filtered, refused, or the stream finished): report it, free the exchange
     * and the vault's lock. $refusal: the error code the caller got ("prompt_block", "ai_disabled",
     * "upstream_unreadable", ...), reported to on_summary as "refused".
     */
    public function done(?string $refusal = null): void
    {
        if ($this->done) {
            return;
        }
        $this->done = true;
        try {
            if ($this->onSummary !== null || $this->linkTo !== null) {
                $summary = $this->exchange->summary();
                // The next turn's previous_response_id finds this vault (this caller's only).
                if ($this->linkTo !== null && \is_string($summary['response_id'] ?? null) && $summary['response_id'] !== '') {
                    $this->linkTo->linkResponse($summary['response_id']);
                }
                if ($this->onSummary !== null) {
                    $summary['refused'] = $refusal;
                    ($this->onSummary)($summary, $this->original);
                }
            }
        } finally {
            $this->linkTo = null;
            $this->exchange->free();
            $onDone = $this->onDone;
            $this->onDone = null;
            if ($onDone !== null) {
                $onDone();
            }
        }
    }

    public function __destruct()
    {
        $this->done();
    }
}
