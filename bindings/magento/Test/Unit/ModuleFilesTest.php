<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit;

use Magento\Framework\Component\ComponentRegistrar;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Api\LlmClientInterface;
use Sovereign\Filter\Console\Command\KillSwitchCommand;
use Sovereign\Filter\Model\Config;
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

    public function testDiClassesExistAndPreferencesImplementTheirInterface(): void
    {
        $di = self::xml('etc/di.xml');
        $preferences = $di->query('/config/preference') ?: [];
        self::assertGreaterThanOrEqual(5, $preferences->length);
        foreach ($preferences as $preference) {
            \assert($preference instanceof \DOMElement);
            $for = $preference->getAttribute('for');
            $type = $preference->getAttribute('type');
            self::assertTrue(interface_exists($for), "$for does not exist");
            self::assertTrue(class_exists($type), "$type does not exist");
            self::assertContains($for, class_implements($type), "$type does not implement $for");
        }
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
