<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

use SovereignFilter\OutputCheck;

/**
 * One conversation's pseudonym vault. Methods throw the binding's
 * SovereignFilter\Exception\SovereignFilterException subclasses; they never return raw text
 * after an error. Implemented by Model\SovereignFilterSession.
 *
 * @api
 */
interface FilterSessionInterface
{
    /** Replaces PII and secrets, pseudonyms (<EMAIL_1>) restorable with restore(). */
    public function redact(string $text): string;

    /** Replaces this vault's pseudonyms by the original values (no leak check: prefer checkOutput()). */
    public function restore(string $text): string;

    /**
     * Checks the model's reply: restores this vault's pseudonyms, redacts PII the customer did not
     * give, blocks on secrets and policy "block" types. Show OutputCheck::$text, never the reply;
     * a block verdict is returned (with empty text), not thrown.
     */
    public function checkOutput(string $reply): OutputCheck;

    /** Sealed (encrypted, authenticated) printable form for the session store. */
    public function export(): string;
}
