// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

interface ITokenReceiver {
    function onTokenReceived(address from, uint256 amount) external;
}

/// @notice TEST ONLY. An ERC-777-like token: a transfer to a receiver that
/// registered a hook calls it, which is how a malicious receiver gets
/// control in the middle of a Rollup, Bonds or Disputes payout.
contract HookToken is ERC20 {
    mapping(address => bool) public hooked;

    constructor() ERC20("hook", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function registerHook() external {
        hooked[msg.sender] = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && hooked[to]) {
            ITokenReceiver(to).onTokenReceived(from, value);
        }
    }
}
