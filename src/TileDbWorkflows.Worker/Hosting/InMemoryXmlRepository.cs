using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace TileDbWorkflows.Worker.Hosting;

/// <summary>Data-protection keys kept in this process only: see <see cref="WorkerDataProtection"/>.</summary>
internal sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements)
        {
            return elements.Select(element => new XElement(element)).ToArray();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements)
        {
            elements.Add(new XElement(element));
        }
    }
}
