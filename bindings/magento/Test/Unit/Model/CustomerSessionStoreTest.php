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
        self::assertSame('sealed-blob', $session->getData('sovereign_filter_vault_support_chat'));

        $store->delete('sovereign_filter_vault_support_chat');
        self::assertNull($store->load('sovereign_filter_vault_support_chat'));
    }

    public function testNonStringSessionValuesAreIgnored(): void
    {
        $session = new Session();
        $session->setData('sovereign_filter_vault_support_chat', ['not' => 'a blob']);
        self::assertNull((new CustomerSessionStore($session))->load('sovereign_filter_vault_support_chat'));
    }
}
