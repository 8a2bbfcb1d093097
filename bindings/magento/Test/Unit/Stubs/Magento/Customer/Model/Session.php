<?php

declare(strict_types=1);

namespace Magento\Customer\Model;

/**
 * Stub of Magento\Customer\Model\Session. The real one forwards getData/setData/unsetData to its
 * session storage (a DataObject) through SessionManager::__call; this keeps them in an array.
 */
class Session
{
    private array $data = [];

    public function getData($key = '', $index = null)
    {
        return $key === '' ? $this->data : ($this->data[$key] ?? null);
    }

    public function setData($key, $value = null)
    {
        if (is_array($key)) {
            $this->data = $key;
        } else {
            $this->data[$key] = $value;
        }
        return $this;
    }

    /** The logged-in customer's id, null for a guest (the real one reads it from the session storage). */
    public function getCustomerId()
    {
        return $this->data['customer_id'] ?? null;
    }

    /** The PHP session's id (the real one: SessionManager::getSessionId()). */
    public function getSessionId()
    {
        return $this->data['session_id'] ?? '';
    }

    public function setCustomerId($id)
    {
        $this->data['customer_id'] = $id;
        return $this;
    }

    public function unsetData($key = null)
    {
        if ($key === null) {
            $this->data = [];
        } else {
            unset($this->data[$key]);
        }
        return $this;
    }
}
