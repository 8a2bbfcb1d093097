<?php

declare(strict_types=1);

namespace Magento\Framework\Exception;

use Magento\Framework\Phrase;

/** Stub of Magento\Framework\Exception\LocalizedException (same constructor). */
class LocalizedException extends \Exception
{
    protected $phrase;

    public function __construct(Phrase $phrase, ?\Exception $cause = null, $code = 0)
    {
        $this->phrase = $phrase;
        parent::__construct($phrase->render(), (int) $code, $cause);
    }

    public function getRawMessage()
    {
        return $this->phrase->getText();
    }

    public function getParameters()
    {
        return $this->phrase->getArguments();
    }

    public function getLogMessage()
    {
        return $this->getMessage();
    }
}
