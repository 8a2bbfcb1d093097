<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use SovereignFilter\Exception\SovereignFilterException;

/**
 * A failed step of an exchange: the library's status and what the caller answers with — the HTTP
 * status and OpenAI-style error body, or after a streamed reply began the SSE events that end it.
 *
 * @internal
 */
final class ExchangeFailure extends \RuntimeException
{
    public function __construct(
        public readonly int $status,
        public readonly int $httpStatus,
        public readonly string $body,
        public readonly string $function
    ) {
        parent::__construct(sprintf('%s failed with HTTP %d: %s', $function, $httpStatus, self::errorCode($body)));
    }

    /** The error's code ("prompt_block", "ai_disabled", "upstream_unreadable", ...), '' when none. */
    public static function errorCode(string $body): string
    {
        return preg_match('/"code":\s*"([a-z_]+)"/', $body, $m) === 1 ? $m[1] : '';
    }

    /** The binding's exception for it: BlockedException, AiDisabledException, InvalidInputException, ... */
    public function exception(): SovereignFilterException
    {
        $message = preg_match('/"message":\s*"((?:[^"\\\\]|\\\\.)*)"/', $this->body, $m) === 1 ? json_decode('"' . $m[1] . '"') : '';
        return Errors::forStatus(
            $this->status,
            $this->function,
            sprintf('%s (HTTP %d): %s', self::errorCode($this->body), $this->httpStatus, \is_string($message) ? $message : '')
        );
    }
}
