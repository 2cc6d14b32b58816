// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStepVerifier} from "../src/IStepVerifier.sol";

/// @notice TEST ONLY, never deployed outside tests. A step verifier whose
/// verdict the test controls. A "proof" is accepted iff `accept` is set and
/// the proof bytes are abi.encode(input): like a real proof it is bound to
/// the public inputs, so a proof made for another challenger fails and the
/// tests can check how Disputes derived the inputs.
contract TestStepVerifier is IStepVerifier {
    bool public accept = true;

    function setAccept(bool a) external {
        accept = a;
    }

    function verifyStep(bytes calldata proof, uint256[4] calldata input) external view returns (bool) {
        return accept && keccak256(proof) == keccak256(abi.encode(input));
    }
}
