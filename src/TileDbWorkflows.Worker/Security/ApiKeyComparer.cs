using System.Security.Cryptography;
using System.Text;

namespace TileDbWorkflows.Worker.Security;

/// <summary>
/// Compares keys in constant time. Both sides are hashed first so that neither the content nor the length of
/// the expected key leaks through timing.
/// </summary>
internal static class ApiKeyComparer
{
    public static bool Matches(string presented, IEnumerable<string> acceptedKeys)
    {
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        Span<byte> acceptedHash = stackalloc byte[SHA256.HashSizeInBytes];
        var match = false;
        // No early exit: every configured key is compared, whichever matches.
        foreach (var key in acceptedKeys)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(key), acceptedHash);
            match |= CryptographicOperations.FixedTimeEquals(presentedHash, acceptedHash);
        }
        return match;
    }
}
