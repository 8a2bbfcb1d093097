<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model\Http;

use Magento\Customer\Model\Session as CustomerSession;
use Psr\Http\Message\RequestInterface;

/**
 * Who makes a model call, as the shop knows it: the logged-in customer's id, else the visitor's
 * session id (issued by Magento, not chosen by the shopper). With the request's x-session-id it
 * names the conversation's vault, so two customers using the same conversation id never share one.
 * Empty without a session (CLI, cron): each call then gets a vault of its own.
 */
class CallerIdentity
{
    private CustomerSession $customerSession;

    public function __construct(CustomerSession $customerSession)
    {
        $this->customerSession = $customerSession;
    }

    public function __invoke(RequestInterface $request): string
    {
        $customerId = $this->customerSession->getCustomerId();
        if ($customerId !== null && (string) $customerId !== '') {
            return 'customer:' . $customerId;
        }
        $sid = (string) $this->customerSession->getSessionId();
        return $sid === '' ? '' : 'visitor:' . $sid;
    }
}
