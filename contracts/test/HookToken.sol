// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

interface ITokenReceiver {
    function onTokenReceived(address from, uint256 amount) external;
}

/// @notice TEST ONLY. An ERC-777-like token: every transfer to a contract
/// calls the receiver's hook, which is how a malicious receiver gets control
/// in the middle of a Rollup or Bonds payout.
contract HookToken is ERC20 {
    constructor() ERC20("hook", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to.code.length > 0) {
            ITokenReceiver(to).onTokenReceived(from, value);
        }
    }
}
