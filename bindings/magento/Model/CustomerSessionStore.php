<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Magento\Customer\Model\Session as CustomerSession;
use Sovereign\Filter\Api\SessionStoreInterface;
use Sovereign\Filter\Model\SessionStoreInterface as DeprecatedSessionStoreInterface;

/**
 * Keeps sealed vaults in the customer session (guests included), so they follow the shopper
 * across requests and web nodes with the shop's session storage. The vaults are encrypted by the
 * library; the session never holds the original values in clear.
 *
 * Who can open a vault (issue 14): the vault lives in the server-side session data of the shopper's
 * own Magento session, which Magento addresses by the session cookie it issued; the key is a constant
 * prefix and the feature name the shop's code passes (checked against the configured features), never
 * anything from the request. On top of that each vault is stored under its owner, the logged-in
 * customer's id or "guest": Magento keeps session data when a shopper logs in or another customer
 * logs in on the same browser, and a vault made for one identity must not be opened by another.
 */
class CustomerSessionStore implements SessionStoreInterface, DeprecatedSessionStoreInterface
{
    private CustomerSession $customerSession;

    public function __construct(CustomerSession $customerSession)
    {
        $this->customerSession = $customerSession;
    }

    public function load(string $key): ?string
    {
        $value = $this->customerSession->getData($this->ownedKey($key));
        return \is_string($value) ? $value : null;
    }

    public function save(string $key, string $value): void
    {
        $this->customerSession->setData($this->ownedKey($key), $value);
    }

    public function delete(string $key): void
    {
        $this->customerSession->unsetData($this->ownedKey($key));
    }

    /** The session key of a vault for the current identity: "<key>@customer-<id>" or "<key>@guest". */
    private function ownedKey(string $key): string
    {
        $id = $this->customerSession->getCustomerId();
        return $key . '@' . (($id !== null && $id !== '' && $id !== 0) ? 'customer-' . (string) $id : 'guest');
    }
}
