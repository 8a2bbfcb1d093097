<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Magento\Customer\Model\Session as CustomerSession;

/**
 * Keeps sealed vaults in the customer session (guests included), so they follow the shopper
 * across requests and web nodes with the shop's session storage. The vaults are encrypted by the
 * library; the session never holds the original values in clear.
 */
class CustomerSessionStore implements SessionStoreInterface
{
    private CustomerSession $customerSession;

    public function __construct(CustomerSession $customerSession)
    {
        $this->customerSession = $customerSession;
    }

    public function load(string $key): ?string
    {
        $value = $this->customerSession->getData($key);
        return \is_string($value) ? $value : null;
    }

    public function save(string $key, string $value): void
    {
        $this->customerSession->setData($key, $value);
    }

    public function delete(string $key): void
    {
        $this->customerSession->unsetData($key);
    }
}
