import Testing
@testable import Portal
