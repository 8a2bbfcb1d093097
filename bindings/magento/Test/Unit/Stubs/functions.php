<?php

declare(strict_types=1);

use Magento\Framework\Phrase;

if (!function_exists('__')) {
    /** Magento's translation helper (app/functions.php): returns a Phrase. */
    function __(...$argc): Phrase
    {
        $text = array_shift($argc);
        if (!empty($argc) && is_array($argc[0])) {
            $argc = $argc[0];
        }
        return new Phrase((string) $text, $argc);
    }
}
