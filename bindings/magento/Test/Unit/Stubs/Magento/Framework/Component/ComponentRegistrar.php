<?php

declare(strict_types=1);

namespace Magento\Framework\Component;

/** Stub of Magento\Framework\Component\ComponentRegistrar: records registrations. */
class ComponentRegistrar
{
    public const MODULE = 'module';

    private static array $paths = [self::MODULE => []];

    public static function register($type, $componentName, $path)
    {
        if (isset(self::$paths[$type][$componentName])) {
            throw new \LogicException(ucfirst($type) . " '$componentName' from '$path' has been already defined");
        }
        self::$paths[$type][$componentName] = str_replace('\\', '/', $path);
    }

    public function getPaths($type)
    {
        return self::$paths[$type] ?? [];
    }

    public function getPath($type, $componentName)
    {
        return self::$paths[$type][$componentName] ?? null;
    }
}
