<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use Magento\Customer\Model\Session;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\CustomerSessionStore;

final class CustomerSessionStoreTest extends TestCase
{
    public function testSaveLoadDelete(): void
    {
        $session = new Session();
        $store = new CustomerSessionStore($session);

        self::assertNull($store->load('sovereign_filter_vault_support_chat'));
        $store->save('sovereign_filter_vault_support_chat', 'sealed-blob');
        self::assertSame('sealed-blob', $store->load('sovereign_filter_vault_support_chat'));
        self::assertSame('sealed-blob', $session->getData('sovereign_filter_vault_support_chat@guest'));

        $store->delete('sovereign_filter_vault_support_chat');
        self::assertNull($store->load('sovereign_filter_vault_support_chat'));
    }

    /**
     * Issue 14: a vault opens only for the identity it was made for. Magento keeps session data across a
     * login (and another customer may log in on the same browser): the guest's vault is not the
     * customer's, one customer's is not another's, and a value in the request cannot name one.
     */
    public function testVaultIsBoundToTheCustomer(): void
    {
        $session = new Session();
        $store = new CustomerSessionStore($session);
        $store->save('sovereign_filter_vault_support_chat', 'guest-blob');

        $session->setCustomerId(41);
        self::assertNull($store->load('sovereign_filter_vault_support_chat'), "a guest's vault is not opened after login");
        $store->save('sovereign_filter_vault_support_chat', 'blob-of-41');
        self::assertSame('blob-of-41', $store->load('sovereign_filter_vault_support_chat'));

        $session->setCustomerId(42);
        self::assertNull($store->load('sovereign_filter_vault_support_chat'), "customer 41's vault is not opened for 42");
        $store->delete('sovereign_filter_vault_support_chat');

        $session->setCustomerId(41);
        self::assertSame('blob-of-41', $store->load('sovereign_filter_vault_support_chat'), "42's delete does not touch 41's vault");
        $session->setCustomerId(null);
        self::assertSame('guest-blob', $store->load('sovereign_filter_vault_support_chat'));
    }

    public function testNonStringSessionValuesAreIgnored(): void
    {
        $session = new Session();
        $session->setData('sovereign_filter_vault_support_chat@guest', ['not' => 'a blob']);
        self::assertNull((new CustomerSessionStore($session))->load('sovereign_filter_vault_support_chat'));
    }
}
