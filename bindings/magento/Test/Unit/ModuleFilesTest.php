<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit;

use Magento\Framework\Component\ComponentRegistrar;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Api\KillSwitchInterface;
use Sovereign\Filter\Api\LlmClientInterface;
use Sovereign\Filter\Console\Command\KillSwitchCommand;
use Sovereign\Filter\Model\Config;
use Sovereign\Filter\Model\KillSwitch;
use Sovereign\Filter\Model\KillSwitchInterface as DeprecatedKillSwitchInterface;
use Sovereign\Filter\Plugin\LlmClientPlugin;

/**
 * Magento reads these files at run time, which cannot happen here; check what can be checked
 * without it: well-formed XML, class names that exist, defaults and admin fields that agree.
 */
final class ModuleFilesTest extends TestCase
{
    private const ROOT = __DIR__ . '/../..';

    private static function xml(string $file): \DOMXPath
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        try {
            $ok = $doc->load(self::ROOT . '/' . $file);
            $errors = array_map(static fn (\LibXMLError $e): string => trim($e->message), libxml_get_errors());
            libxml_clear_errors();
        } finally {
            libxml_use_internal_errors($previous);
        }
        self::assertTrue($ok, "$file is not well-formed XML: " . implode('; ', $errors));
        self::assertSame([], $errors, $file);
        return new \DOMXPath($doc);
    }

    /** @return list<string> */
    private static function values(\DOMXPath $xpath, string $query): array
    {
        $out = [];
        foreach ($xpath->query($query) ?: [] as $node) {
            $out[] = $node->nodeValue;
        }
        return $out;
    }

    public function testRegistration(): void
    {
        $registrar = new ComponentRegistrar();
        if ($registrar->getPath(ComponentRegistrar::MODULE, 'Sovereign_Filter') === null) {
            require self::ROOT . '/registration.php';
        }
        self::assertSame(realpath(self::ROOT), realpath((string) $registrar->getPath(ComponentRegistrar::MODULE, 'Sovereign_Filter')));
    }

    public function testModuleXml(): void
    {
        self::assertSame(['Sovereign_Filter'], self::values(self::xml('etc/module.xml'), '/config/module/@name'));
    }

    public function testComposerJson(): void
    {
        $composer = json_decode((string) file_get_contents(self::ROOT . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
        self::assertSame('magento2-module', $composer['type']);
        self::assertSame(['Sovereign\\Filter\\' => ''], $composer['autoload']['psr-4']);
        self::assertSame(['registration.php'], $composer['autoload']['files']);
        self::assertArrayHasKey('sovereign/filter', $composer['require']);
    }

    /** @return array<string, string> di.xml preferences, for => type */
    private static function preferences(): array
    {
        $map = [];
        foreach (self::xml('etc/di.xml')->query('/config/preference') ?: [] as $preference) {
            \assert($preference instanceof \DOMElement);
            $for = $preference->getAttribute('for');
            self::assertArrayNotHasKey($for, $map, "two preferences for $for");
            $map[$for] = $preference->getAttribute('type');
        }
        return $map;
    }

    /**
     * What Magento's ObjectManager makes for $type: it follows preferences until a name has none
     * (Magento\Framework\ObjectManager\Config\Config::getPreference(), and the compiler's
     * PreferencesResolving likewise).
     *
     * @param array<string, string> $preferences
     *
     * @return list<string> $type, then every name the chain passes, the class last
     */
    private static function preferenceChain(string $type, array $preferences): array
    {
        $chain = [$type];
        while (isset($preferences[$type])) {
            $type = $preferences[$type];
            self::assertNotContains($type, $chain, 'circular preference: ' . implode(' -> ', $chain));
            $chain[] = $type;
        }
        return $chain;
    }

    public function testDiClassesExistAndPreferencesResolveToClassesImplementingEveryNameOnTheWay(): void
    {
        $preferences = self::preferences();
        self::assertGreaterThanOrEqual(9, \count($preferences));
        foreach (array_keys($preferences) as $for) {
            $chain = self::preferenceChain($for, $preferences);
            $class = array_pop($chain);
            self::assertTrue(class_exists($class), "$for resolves to $class, which is not a class");
            self::assertFalse((new \ReflectionClass($class))->isAbstract(), "$for resolves to abstract $class");
            foreach ($chain as $interface) {
                self::assertTrue(interface_exists($interface), "$interface does not exist");
                self::assertContains($interface, class_implements($class), "$class does not implement $interface");
            }
        }
        $di = self::xml('etc/di.xml');
        $classes = array_merge(
            self::values($di, '//plugin/@type'),
            self::values($di, '/config/type/@name'),
            self::values($di, '//argument/item[@xsi:type="object"] | //argument[@xsi:type="object"]')
        );
        foreach ($classes as $class) {
            if (str_starts_with($class, 'Sovereign\\')) {
                self::assertTrue(class_exists($class) || interface_exists($class), "$class does not exist");
            }
        }
    }

    /** @return array<string, string> short name => file, for every PHP file in $dir of this module */
    private static function phpFiles(string $dir): array
    {
        $files = [];
        foreach (glob(self::ROOT . "/$dir/*.php") ?: [] as $file) {
            $files[basename($file, '.php')] = $file;
        }
        ksort($files);
        return $files;
    }

    /** The service contracts are in Api/, marked @api, and the injectable ones have a preference. */
    public function testServiceContractsAreInApi(): void
    {
        $preferences = self::preferences();
        $api = self::phpFiles('Api');
        self::assertSame(
            ['ConfigInterface', 'FilterInterface', 'FilterSessionInterface', 'HttpClientConfigInterface', 'KillSwitchInterface', 'LlmClientInterface', 'SessionStoreInterface'],
            array_keys($api)
        );
        foreach (array_keys($api) as $name) {
            $interface = 'Sovereign\\Filter\\Api\\' . $name;
            self::assertTrue(interface_exists($interface), "$interface does not exist");
            self::assertMatchesRegularExpression('/^\s*\*\s*@api\s*$/m', (string) (new \ReflectionClass($interface))->getDocComment(), "$interface has no @api tag");
            if ($name !== 'FilterSessionInterface') { // made by FilterInterface, never injected
                self::assertArrayHasKey($interface, $preferences, "no preference for $interface");
            }
        }
    }

    /**
     * Model/ holds implementations; the only interfaces left there are the deprecated old names:
     * empty, extending the Api interface of the same name, which resolves through them.
     */
    public function testModelInterfacesAreOnlyDeprecatedAliasesOfApi(): void
    {
        $preferences = self::preferences();
        $aliases = [];
        foreach (array_keys(self::phpFiles('Model')) as $name) {
            $old = 'Sovereign\\Filter\\Model\\' . $name;
            if (!interface_exists($old)) {
                continue;
            }
            $aliases[] = $name;
            $new = 'Sovereign\\Filter\\Api\\' . $name;
            $reflection = new \ReflectionClass($old);
            self::assertSame([$new], $reflection->getInterfaceNames(), "$old must extend $new only");
            self::assertSame([], array_values(array_filter(
                $reflection->getMethods(),
                static fn (\ReflectionMethod $m): bool => $m->getDeclaringClass()->getName() === $old
            )), "$old declares methods of its own");
            $doc = (string) $reflection->getDocComment();
            self::assertStringContainsString('@deprecated use \\' . $new, $doc, $old);
            self::assertStringNotContainsString('@api', $doc, $old);
            if (isset($preferences[$new])) {
                self::assertSame($old, $preferences[$new], "$new must resolve through $old while it exists");
            }
        }
        self::assertSame(['ConfigInterface', 'FilterInterface', 'FilterSessionInterface', 'KillSwitchInterface', 'SessionStoreInterface'], $aliases);
    }

    /** A shop module's preference for an old name (set before the move) still reaches ConversationGuard. */
    public function testAShopPreferenceForAnOldNameStillApplies(): void
    {
        $preferences = self::preferences();
        $shopSwitch = 'Shop\\Ai\\Model\\RedisKillSwitch';
        self::assertSame(
            [KillSwitchInterface::class, DeprecatedKillSwitchInterface::class, KillSwitch::class],
            self::preferenceChain(KillSwitchInterface::class, $preferences)
        );
        // A later module's preference replaces this module's one for the same name ...
        self::assertSame(
            [KillSwitchInterface::class, DeprecatedKillSwitchInterface::class, $shopSwitch],
            self::preferenceChain(KillSwitchInterface::class, [DeprecatedKillSwitchInterface::class => $shopSwitch] + $preferences)
        );
        // ... and one for the new name wins over both.
        self::assertSame(
            [KillSwitchInterface::class, $shopSwitch],
            self::preferenceChain(KillSwitchInterface::class, [KillSwitchInterface::class => $shopSwitch] + $preferences)
        );
    }

    public function testThePluginWrapsTheLlmClient(): void
    {
        $di = self::xml('etc/di.xml');
        $plugins = $di->query('/config/type[@name="' . LlmClientInterface::class . '"]/plugin') ?: [];
        self::assertSame(1, $plugins->length);
        $plugin = $plugins->item(0);
        \assert($plugin instanceof \DOMElement);
        self::assertSame(LlmClientPlugin::class, $plugin->getAttribute('type'));
        self::assertTrue(method_exists(LlmClientPlugin::class, 'aroundComplete'));
        // Innermost: cleans the prompt after every other plugin has changed it.
        self::assertGreaterThanOrEqual(10000, (int) $plugin->getAttribute('sortOrder'));
    }

    public function testTheKillSwitchCommandIsRegistered(): void
    {
        $items = self::values(self::xml('etc/di.xml'), '/config/type[@name="Magento\\Framework\\Console\\CommandList"]//item');
        self::assertSame([KillSwitchCommand::class], $items);
    }

    public function testConfigDefaults(): void
    {
        $config = self::xml('etc/config.xml');
        $default = static fn (string $path): array => self::values($config, '/config/default/' . $path);
        self::assertSame(['1'], $default(Config::XML_PATH_ENABLED));
        self::assertSame([''], $default(Config::XML_PATH_POLICY_JSON));
        foreach (Config::FEATURES as $feature) {
            self::assertSame(['1'], $default(Config::XML_PATH_FEATURE_PREFIX . $feature), $feature);
        }
        self::assertCount(\count(Config::FEATURES), $config->query('/config/default/sovereign_filter/features/*') ?: []);
    }

    public function testAdminFieldsMatchTheDefaults(): void
    {
        $system = self::xml('etc/adminhtml/system.xml');
        $fields = [];
        foreach ($system->query('/config/system/section/group/field') ?: [] as $field) {
            \assert($field instanceof \DOMElement);
            $group = $field->parentNode;
            $section = $group?->parentNode;
            \assert($group instanceof \DOMElement && $section instanceof \DOMElement);
            $fields[] = $section->getAttribute('id') . '/' . $group->getAttribute('id') . '/' . $field->getAttribute('id');
        }
        $defaults = [];
        foreach (self::xml('etc/config.xml')->query('/config/default/*/*/*') ?: [] as $leaf) {
            $defaults[] = $leaf->parentNode->parentNode->nodeName . '/' . $leaf->parentNode->nodeName . '/' . $leaf->nodeName;
        }
        sort($fields);
        sort($defaults);
        self::assertSame($defaults, $fields);
        self::assertSame(['textarea'], self::values($system, '//field[@id="policy_json"]/@type'));
    }

    public function testTheConfigSectionIsProtectedByAnAclResource(): void
    {
        $resources = self::values(self::xml('etc/adminhtml/system.xml'), '//section/resource');
        self::assertSame(['Sovereign_Filter::config'], $resources);
        self::assertSame(['Sovereign_Filter::config'], self::values(self::xml('etc/acl.xml'), '//resource[@id="Sovereign_Filter::config"]/@id'));
    }
}
