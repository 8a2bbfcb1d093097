<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Sovereign\Filter\Api\FilterSessionInterface;
use Sovereign\Filter\Model\FilterSessionInterface as DeprecatedFilterSessionInterface;
use SovereignFilter\Filter;
use SovereignFilter\OutputCheck;
use SovereignFilter\Session;

/** FilterSessionInterface on a binding Session and the Filter that redacts with it. */
class SovereignFilterSession implements FilterSessionInterface, DeprecatedFilterSessionInterface
{
    private Filter $filter;
    private Session $session;

    public function __construct(Filter $filter, Session $session)
    {
        $this->filter = $filter;
        $this->session = $session;
    }

    public function redact(string $text): string
    {
        return $this->filter->redact($text, $this->session);
    }

    public function restore(string $text): string
    {
        return $this->session->restore($text);
    }

    public function checkOutput(string $reply): OutputCheck
    {
        return $this->session->checkOutput($reply);
    }

    public function export(): string
    {
        return $this->session->export();
    }
}
