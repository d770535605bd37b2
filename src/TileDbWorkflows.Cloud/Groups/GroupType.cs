using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Kind of group. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<GroupType>))]
public enum GroupType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>generic</c>.</summary>
    [JsonStringEnumMemberName("generic")]
    Generic,

    /// <summary>Wire value <c>vcf</c>.</summary>
    [JsonStringEnumMemberName("vcf")]
    Vcf,

    /// <summary>Wire value <c>soma</c>.</summary>
    [JsonStringEnumMemberName("soma")]
    Soma,

    /// <summary>Wire value <c>bioimg</c>.</summary>
    [JsonStringEnumMemberName("bioimg")]
    Bioimg,

    /// <summary>Wire value <c>pointcloud</c>.</summary>
    [JsonStringEnumMemberName("pointcloud")]
    Pointcloud,

    /// <summary>Wire value <c>raster</c>.</summary>
    [JsonStringEnumMemberName("raster")]
    Raster,

    /// <summary>Wire value <c>geometry</c>.</summary>
    [JsonStringEnumMemberName("geometry")]
    Geometry,

    /// <summary>Wire value <c>vector_search</c>.</summary>
    [JsonStringEnumMemberName("vector_search")]
    VectorSearch,
}
