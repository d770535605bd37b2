namespace TileDbWorkflows.Emulator;

internal static class RuntimeExtensions
{
    public static EmulatorRuntime Emu(this HttpContext ctx) => ctx.RequestServices.GetRequiredService<EmulatorRuntime>();
}
