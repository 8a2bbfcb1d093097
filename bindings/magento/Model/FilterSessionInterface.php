<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * One conversation's pseudonym vault. Methods throw the binding's
 * SovereignFilter\Exception\SovereignFilterException subclasses; they never return raw text
 * after an error.
 */
interface FilterSessionInterface
{
    /** Replaces PII and secrets, pseudonyms (<EMAIL_1>) restorable with restore(). */
    public function redact(string $text): string;

    /** Replaces this vault's pseudonyms by the original values. */
    public function restore(string $text): string;

    /** Sealed (encrypted, authenticated) printable form for the session store. */
    public function export(): string;
}
