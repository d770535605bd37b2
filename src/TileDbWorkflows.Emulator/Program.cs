var app = WebApplication.CreateBuilder(args).Build();
app.Run();

/// <summary>Entry point, public so tests can host the emulator with WebApplicationFactory.</summary>
public partial class Program;
